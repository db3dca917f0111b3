import { Suspense, useEffect, useRef } from 'react';

import { ErrorNotice } from '../components/ErrorNotice';
import { Spinner } from '../components/Spinner';
import { findScreen } from '../navigation';
import { useNavStore } from '../stores/navStore';
import { useStudyStore } from '../stores/studyStore';
import { SideNav } from './SideNav';
import { TopBar } from './TopBar';

export function AppShell() {
  const screenId = useNavStore((s) => s.screen);
  const loadState = useStudyStore((s) => s.loadState);
  const loadError = useStudyStore((s) => s.loadError);
  const load = useStudyStore((s) => s.load);
  const screen = findScreen(screenId);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Moving focus to the new heading tells keyboard and screen-reader users the screen changed.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [screenId]);

  const Screen = screen.component;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SideNav />
      <div className="app__main">
        <TopBar />
        <main id="main" className="screen" aria-labelledby="screen-title">
          <div className="screen__header">
            <h1 id="screen-title" tabIndex={-1} ref={headingRef}>
              {screen.label}
            </h1>
            <p className="screen__summary">{screen.summary}</p>
          </div>
          {loadState === 'loading' && <Spinner label="Opening Tokscope" />}
          {loadState === 'error' && (
            <ErrorNotice title="Tokscope could not start" error={loadError} onRetry={() => void load()} />
          )}
          {loadState === 'ready' && (
            <Suspense fallback={<Spinner label={`Opening ${screen.label}`} />}>
              <Screen />
            </Suspense>
          )}
        </main>
      </div>
    </div>
  );
}
