import { useEffect } from 'react';

import { AppShell } from './shell/AppShell';
import { bindBackendEvents } from './stores/bindEvents';
import { useStudyStore } from './stores/studyStore';

export function App() {
  useEffect(() => {
    const unbind = bindBackendEvents();
    void useStudyStore.getState().load();
    return unbind;
  }, []);
  return <AppShell />;
}
