import { lazy, type ComponentType } from 'react';

import type { IconName } from './components/Icon';
import { AuditScreen } from './features/audit/AuditScreen';
import { DatasetsScreen } from './features/datasets/DatasetsScreen';
import { ImportScreen } from './features/import/ImportScreen';
import { PostsScreen } from './features/posts/PostsScreen';
import { OverviewScreen } from './features/study/OverviewScreen';

export interface Screen {
  id: string;
  label: string;
  icon: IconName;
  /** One line under the screen title. */
  summary: string;
  component: ComponentType;
}

// The chart and graph libraries are large: those screens load when first opened.
const AnalysisScreen = lazy(() => import('./features/analysis/AnalysisScreen').then((m) => ({ default: m.AnalysisScreen })));
const NetworksScreen = lazy(() => import('./features/networks/NetworksScreen').then((m) => ({ default: m.NetworksScreen })));

/**
 * Every screen in the left navigation, in order. Adding a screen (Analysis, Networks…) is one
 * entry here; the shell renders the rest.
 */
export const SCREENS: readonly Screen[] = [
  { id: 'overview', label: 'Overview', icon: 'overview', summary: 'The open study at a glance.', component: OverviewScreen },
  {
    id: 'import',
    label: 'Import',
    icon: 'import',
    summary: 'Bring a CSV, JSON or NDJSON export into this study.',
    component: ImportScreen,
  },
  { id: 'posts', label: 'Posts', icon: 'posts', summary: 'Browse, filter and inspect every post.', component: PostsScreen },
  {
    id: 'analysis',
    label: 'Analysis',
    icon: 'analysis',
    summary: 'Engagement, posting patterns, top entities and trends, with figures ready for a paper.',
    component: AnalysisScreen,
  },
  {
    id: 'networks',
    label: 'Networks',
    icon: 'networks',
    summary: 'Sound, hashtag and mention networks: explore them, export them for Gephi.',
    component: NetworksScreen,
  },
  {
    id: 'datasets',
    label: 'Datasets',
    icon: 'datasets',
    summary: 'Where each post came from: files, versions, counts.',
    component: DatasetsScreen,
  },
  { id: 'log', label: 'Log', icon: 'log', summary: 'Every operation recorded in this study.', component: AuditScreen },
];

export function findScreen(id: string): Screen {
  return SCREENS.find((s) => s.id === id) ?? (SCREENS[0] as Screen);
}
