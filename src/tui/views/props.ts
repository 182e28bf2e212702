import type { Model } from '../../model/types.js';
import type { Badge } from '../components/Footer.js';
import type { Frame } from '../layout/frame.js';
import type { ViewState } from '../state.js';

/** What every view is drawn from. */
export interface ViewProps {
  model: Model;
  state: ViewState;
  frame: Frame;
  badge?: Badge;
  /** File texts from loading, for code frames on the Problems screen. */
  texts?: ReadonlyMap<string, string>;
}
