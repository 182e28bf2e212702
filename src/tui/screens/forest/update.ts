// The forest screen's commands: Tab changes section; on the map the arrows
// move over cells and Enter compares the pair; in the lists up and down choose
// an entry and Enter opens its issue.

import { actorIndex } from '../../../debate/reading.js';
import type { Location, Model } from '../../../model/types.js';
import type { Command } from '../../keys.js';
import { type Frame, frameOf } from '../../layout/frame.js';
import { type Context, push, type ViewState } from '../../view-state.js';
import { issueRows } from '../moves.js';
import type { Laid } from '../screen.js';
import { listBodyHeight, listLayout, mapGeometry, settleList, settleMap } from './layout.js';
import { type ForestTab, TABS } from './state.js';

export function open(state: ViewState, ctx: Context): ViewState {
  const row = Math.max(0, actorIndex(ctx.model, state.actorId));
  const col = row + 1 < ctx.model.actors.length ? row + 1 : 0;
  return { ...push(state, 'forest'), forestTab: 'map', mapRow: row, mapCol: col, forestPick: 0, forestTop: 0 };
}

function switchTab(state: ViewState, d: 1 | -1): ViewState {
  const i = TABS.indexOf(state.forestTab);
  return { ...state, forestTab: TABS[(i + d + TABS.length) % TABS.length] as ForestTab, forestPick: 0, forestTop: 0 };
}

export function update(state: ViewState, cmd: Command, ctx: Context): ViewState {
  if (cmd === 'next-section' || cmd === 'prev-section') return switchTab(state, cmd === 'next-section' ? 1 : -1);
  const frame = frameOf(state.size);
  return state.forestTab === 'map' ? mapUpdate(state, cmd, ctx, frame) : listUpdate(state, cmd, ctx, frame);
}

function mapUpdate(state: ViewState, cmd: Command, ctx: Context, frame: Frame): ViewState {
  const { model } = ctx;
  const g = mapGeometry(model, frame);
  const last = model.actors.length - 1;
  switch (cmd) {
    case 'up':
      return { ...state, mapRow: state.mapRow - 1 };
    case 'down':
      return { ...state, mapRow: state.mapRow + 1 };
    case 'left':
      return { ...state, mapCol: state.mapCol - 1 };
    case 'right':
      return { ...state, mapCol: state.mapCol + 1 };
    case 'page-up':
      return { ...state, mapRow: state.mapRow - g.down };
    case 'page-down':
      return { ...state, mapRow: state.mapRow + g.down };
    case 'top':
      return { ...state, mapRow: 0 };
    case 'bottom':
      return { ...state, mapRow: last };
    case 'open': {
      const a = model.actors[state.mapRow];
      const b = model.actors[state.mapCol];
      if (!a || !b || a === b) return state;
      return { ...push(state, 'compare'), actorId: a.id, compareWith: b.id, compareTop: 0 };
    }
    default:
      return state;
  }
}

function listUpdate(state: ViewState, cmd: Command, ctx: Context, frame: Frame): ViewState {
  const l = listLayout(ctx.model, state.forestTab as Exclude<ForestTab, 'map'>, frame.cols);
  const page = Math.max(1, Math.floor(listBodyHeight(frame) / 3));
  switch (cmd) {
    case 'up':
      return { ...state, forestPick: state.forestPick - 1 };
    case 'down':
      return { ...state, forestPick: state.forestPick + 1 };
    case 'page-up':
      return { ...state, forestPick: state.forestPick - page };
    case 'page-down':
      return { ...state, forestPick: state.forestPick + page };
    case 'top':
      return { ...state, forestPick: 0 };
    case 'bottom':
      return { ...state, forestPick: l.entries.length - 1 };
    case 'open': {
      const issueId = l.entries[state.forestPick]?.issueId;
      return issueId ? (issueRows({ ...state, issueId }, 'open', ctx, 1) ?? state) : state;
    }
    default:
      return state;
  }
}

/** Where `e` opens the editor on this screen: the drop's position, the audited actor's file, the map row's actor. */
export function forestTarget(model: Model, state: ViewState): Location | undefined {
  if (state.forestTab === 'map') return model.actors[state.mapRow]?.loc;
  return listLayout(model, state.forestTab, frameOf(state.size).cols).entries[state.forestPick]?.loc;
}

export function settle(state: ViewState, model: Model, frame: Frame): Laid {
  if (state.forestTab === 'map') {
    const m = settleMap(model, frame, { row: state.mapRow, col: state.mapCol, top: state.mapTop, left: state.mapLeft });
    return { state: { ...state, mapRow: m.row, mapCol: m.col, mapTop: m.top, mapLeft: m.left } };
  }
  const l = listLayout(model, state.forestTab, frame.cols);
  const { pick, top } = settleList(l, frame, state.forestPick, state.forestTop);
  return { state: { ...state, forestPick: pick, forestTop: top } };
}
