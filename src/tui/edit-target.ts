// Where `e` opens the editor: the file and line of what the reader has in
// focus. An item of the issue view or of Detail, the cell of the matrix or
// the actor view (else the actor's file), the problem chosen. A file shown
// from its last good version is broken on disk: its first error is where the
// work is.

import { findItem, type Item } from '../debate/reading.js';
import type { Location, Model } from '../model/types.js';
import { forestTarget } from './screens/forest/update.js';
import { problemList } from './screens/problems/layout.js';
import type { ViewState } from './state.js';

export function editTarget(model: Model, state: ViewState): Location | undefined {
  return firstErrorIfStale(model, focused(model, state));
}

function focused(model: Model, state: ViewState): Location | undefined {
  switch (state.screen) {
    case 'problems': {
      const d = problemList(model)[state.problem];
      return d && { file: d.file, line: d.line, col: d.col };
    }
    case 'issue':
    case 'detail': {
      const found = findItem(model, state.issueId, state.itemId);
      return found ? itemLocation(found.item) : cell(model, state);
    }
    case 'matrix':
    case 'actor':
      return cell(model, state);
    case 'forest':
      return forestTarget(model, state);
    default:
      return undefined;
  }
}

function itemLocation(item: Item): Location {
  if (item.evidence) return item.evidence.loc;
  if (item.counterpoint) return item.counterpoint.loc;
  if (item.response) return item.response.loc;
  return item.position.loc;
}

/** The focused actor's position on the focused issue; else that actor's file; else the issue in debate.yaml. */
function cell(model: Model, state: ViewState): Location | undefined {
  const actor = model.actors.find((a) => a.id === state.actorId);
  const position = actor && state.issueId ? actor.byIssue.get(state.issueId) : undefined;
  if (position) return position.loc;
  if (actor) return actor.loc;
  return model.issues.find((i) => i.id === state.issueId)?.loc ?? (model.file ? { file: model.file, line: 1, col: 1 } : undefined);
}

function firstErrorIfStale(model: Model, loc: Location | undefined): Location | undefined {
  if (!loc) return undefined;
  const stale = loc.file === model.file ? model.debateStale : model.actors.some((a) => a.file === loc.file && a.stale);
  if (!stale) return loc;
  const error = model.diagnostics.find((d) => d.file === loc.file && d.severity === 'error');
  return error ? { file: error.file, line: error.line, col: error.col } : loc;
}
