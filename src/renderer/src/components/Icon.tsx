/** A handful of line icons drawn inline, so the app needs no icon font or image requests. */
const PATHS = {
  overview: 'M3 3h6v6H3zM11 3h6v4h-6zM11 9h6v8h-6zM3 11h6v6H3z',
  import: 'M10 2v10M6 8l4 4 4-4M3 13v3a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-3',
  posts: 'M3 4h14M3 8h14M3 12h14M3 16h9',
  datasets: 'M10 2c4 0 7 1.2 7 2.8v10.4c0 1.6-3 2.8-7 2.8s-7-1.2-7-2.8V4.8C3 3.2 6 2 10 2zM3 4.8C3 6.4 6 7.6 10 7.6s7-1.2 7-2.8M3 10c0 1.6 3 2.8 7 2.8s7-1.2 7-2.8',
  log: 'M10 3a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM10 6v4l3 2',
  analysis: 'M3 17V9M8 17V4M13 17v-6M18 17V7',
  networks: 'M5 5m-2 0a2 2 0 1 0 4 0 2 2 0 1 0-4 0M15 6m-2 0a2 2 0 1 0 4 0 2 2 0 1 0-4 0M10 15m-2 0a2 2 0 1 0 4 0 2 2 0 1 0-4 0M7 5.5l6 .5M6 7l3 6M14 8l-3 5',
  file: 'M5 2h7l4 4v12H5zM12 2v4h4',
  search: 'M8.5 3a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM12.5 12.5L17 17',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
