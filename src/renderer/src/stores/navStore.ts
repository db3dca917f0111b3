import { create } from 'zustand';

interface NavState {
  screen: string;
  go(screen: string): void;
}

/** Which screen is showing. Screens are identified by the ids in the navigation registry. */
export const useNavStore = create<NavState>()((set) => ({
  screen: 'overview',
  go: (screen) => set({ screen }),
}));
