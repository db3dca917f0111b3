import { ProgressBar } from '../../components/ProgressBar';
import { formatPercent } from '../../lib/format';

/** Copying the chosen file to the workbench (browser only; the desktop app reads it in place). */
export function UploadCard({ name, fraction }: { name: string; fraction: number }) {
  return (
    <section className="card" aria-labelledby="upload-title">
      <h2 id="upload-title" className="card__title">
        Preparing {name}
      </h2>
      <p className="muted">Copying the file into the workbench · {formatPercent(fraction)}</p>
      <ProgressBar value={fraction} label={`Copying ${name}`} />
    </section>
  );
}
