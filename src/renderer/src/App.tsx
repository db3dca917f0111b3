import { useEffect } from 'react';

import { AppShell } from './shell/AppShell';
import { bindBackendEvents } from './stores/bindEvents';
import { useStudyStore } from './stores/studyStore';
import { resetViewsOnStudyChange } from './studyScope';

export function App() {
  useEffect(() => {
    const unbind = bindBackendEvents();
    const unscope = resetViewsOnStudyChange();
    void useStudyStore.getState().load();
    return () => {
      unbind();
      unscope();
    };
  }, []);
  return <AppShell />;
}
