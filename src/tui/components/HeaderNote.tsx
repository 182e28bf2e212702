// A note every screen's header carries while it holds, such as the framing
// lens ("lens: quote"): set once by App, so no view has to pass it along.
import { createContext, useContext } from 'react';

export const HeaderNoteContext = createContext<string | undefined>(undefined);

export function useHeaderNote(): string | undefined {
  return useContext(HeaderNoteContext);
}
