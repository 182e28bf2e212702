// The view state is a pure reducer: every command of the key table, plus
// resize and model replacement, tested without a terminal.
import { beforeAll, describe, expect, test } from 'vitest';
import { issueData } from '../../src/debate/reading.js';
import { loadDebate } from '../../src/model/load.js';
import type { Model } from '../../src/model/types.js';
import { type Command, KEYS } from '../../src/tui/keys.js';
import { frameOf } from '../../src/tui/layout/frame.js';
import { issueGeometry } from '../../src/tui/screens/issue/layout.js';
import { type Action, type Context, initialState, reduce, type ViewState } from '../../src/tui/state.js';

let minimal: Model;
let wide: Model;
let broken: Model;

beforeAll(async () => {
  minimal = (await loadDebate('test/fixtures/debates/minimal')).model;
  wide = (await loadDebate('test/fixtures/tui/wide')).model;
  broken = (await loadDebate('test/fixtures/tui/broken')).model;
});

const SIZE = { cols: 100, rows: 30 };

function run(model: Model, commands: Array<Command | Action>, opts: { size?: typeof SIZE; canPick?: boolean; from?: ViewState } = {}) {
  const ctx: Context = { model, canPick: opts.canPick };
  let s = opts.from ?? initialState(opts.size ?? SIZE, ctx);
  for (const c of commands) s = reduce(s, typeof c === 'string' ? { type: 'command', command: c } : c, ctx);
  return s;
}

const type = (text: string): Action => ({ type: 'type', text });
const key = (name: string, text = name): Action => ({ type: 'key', name, text });

describe('starting', () => {
  test('lands on the matrix, on the first issue and the first actor', () => {
    const s = run(minimal, []);
    expect(s.screen).toBe('matrix');
    expect(s.issueId).toBe('cost');
    expect(s.actorId).toBe('council');
    expect(s.reveal).toBeNull();
  });
});

describe('matrix', () => {
  test('down and up move between issues and stop at the ends', () => {
    expect(run(minimal, ['down']).issueId).toBe('traffic');
    expect(run(minimal, ['down', 'down', 'down']).issueId).toBe('traffic');
    expect(run(minimal, ['down', 'up']).issueId).toBe('cost');
    expect(run(minimal, ['up']).issueId).toBe('cost');
  });

  test("moving between issues and actors reads no actor's evidence (a large debate would wait for all of it)", () => {
    let reads = 0;
    const counted = <T extends object>(list: T[]): T[] =>
      new Proxy(list, {
        get(target, prop, receiver) {
          reads++;
          return Reflect.get(target, prop, receiver);
        },
      });
    const model: Model = {
      ...wide,
      actors: wide.actors.map((a) => ({
        ...a,
        positions: a.positions.map((p) => ({ ...p, evidence: counted(p.evidence), counterpoints: counted(p.counterpoints) })),
      })),
    };
    for (const a of model.actors) a.byIssue = new Map(a.positions.map((p) => [p.issueId, p]));
    model.positions = new Map(model.actors.flatMap((a) => a.positions.map((p) => [p.key, p])));
    const s = run(model, ['down', 'right', 'next-issue', 'bottom', 'left', 'top']);
    expect(s.issueId).toBe(wide.issues[0]?.id);
    expect(s.itemId).toBe(`${s.actorId}/${model.actors[0]?.byIssue.get(s.issueId ?? '')?.id}#claim`);
    expect(reads).toBe(0);
  });

  test('right and left move between actors and stop at the ends', () => {
    expect(run(minimal, ['right']).actorId).toBe('residents');
    expect(run(minimal, ['right', 'right']).actorId).toBe('residents');
    expect(run(minimal, ['right', 'left']).actorId).toBe('council');
  });

  test('Tab / Shift-Tab, page and top / bottom move between issues', () => {
    expect(run(wide, ['next-issue', 'next-issue']).issueId).toBe('trial');
    expect(run(wide, ['next-issue', 'next-issue', 'prev-issue']).issueId).toBe('deliveries');
    expect(run(wide, ['bottom']).issueId).toBe('trial');
    expect(run(wide, ['bottom', 'top']).issueId).toBe('ban');
    expect(run(wide, ['page-down']).issueId).toBe('trial');
    expect(run(wide, ['page-down', 'page-up']).issueId).toBe('ban');
  });

  test('stacked (narrow), down walks the actors of an issue, then the next issue', () => {
    const narrow = { cols: 60, rows: 24 };
    const s = run(minimal, ['down'], { size: narrow });
    expect([s.issueId, s.actorId]).toEqual(['cost', 'residents']);
    const t = run(minimal, ['down', 'down'], { size: narrow });
    expect([t.issueId, t.actorId]).toEqual(['traffic', 'council']);
    expect(run(minimal, ['down', 'down', 'up'], { size: narrow }).actorId).toBe('residents');
  });

  test('scrolls sideways to keep the focused actor on screen', () => {
    const s = run(wide, ['right', 'right', 'right', 'right', 'right']);
    expect(s.actorId).toBe('cafes');
    expect(s.matrixLeft).toBeGreaterThan(0);
    expect(run(wide, ['right', 'right', 'right', 'right', 'right', 'left', 'left', 'left', 'left', 'left']).matrixLeft).toBe(0);
  });

  test('scrolls down to keep the focused issue on screen in a short window', () => {
    const s = run(wide, ['bottom'], { size: { cols: 100, rows: 10 } });
    expect(s.matrixTop).toBeGreaterThan(0);
  });

  test('Enter opens the issue at the focused actor, with its claim focused', () => {
    const s = run(minimal, ['down', 'right', 'open']);
    expect(s.screen).toBe('issue');
    expect(s.issueId).toBe('traffic');
    expect(s.actorId).toBe('residents');
    expect(s.itemId).toBe('residents/more-traffic#claim');
  });

  test('a opens the focused actor across every issue', () => {
    const s = run(minimal, ['right', 'actor']);
    expect(s.screen).toBe('actor');
    expect(s.actorId).toBe('residents');
  });
});

describe('issue view', () => {
  test('down and up move between the items of the focused column', () => {
    const s = run(minimal, ['open', 'down']);
    expect(s.itemId).toBe('council/worth-it#evidence/0');
    expect(run(minimal, ['open', 'down', 'down']).itemId).toBe('council/worth-it#counterpoint/0');
    expect(run(minimal, ['open', 'down', 'down', 'down']).itemId).toBe('council/worth-it#response/residents/too-costly');
    expect(run(minimal, ['open', 'down', 'down', 'down', 'down']).itemId).toBe('council/worth-it#response/residents/too-costly');
    expect(run(minimal, ['open', 'down', 'up']).itemId).toBe('council/worth-it#claim');
  });

  test('top and bottom go to the first and last item; page moves by a screen', () => {
    expect(run(minimal, ['open', 'bottom']).itemId).toBe('council/worth-it#response/residents/too-costly');
    expect(run(minimal, ['open', 'bottom', 'top']).itemId).toBe('council/worth-it#claim');
    expect(run(minimal, ['open', 'page-down']).itemId).not.toBe('council/worth-it#claim');
    expect(run(minimal, ['open', 'page-down', 'page-up']).itemId).toBe('council/worth-it#claim');
  });

  test('right and left move to the same kind of item in the next actor', () => {
    const s = run(minimal, ['open', 'down', 'right']);
    expect(s.actorId).toBe('residents');
    expect(s.itemId).toBe('residents/too-costly#evidence/0');
    expect(run(minimal, ['open', 'down', 'right', 'left']).itemId).toBe('council/worth-it#evidence/0');
  });

  test('moving right past the visible columns pages sideways', () => {
    const frame = frameOf(SIZE);
    const shown = issueGeometry(wide, 'ban', frame).columns;
    expect(shown).toBeLessThan(wide.actors.length);
    const rights = Array.from({ length: shown }, () => 'right' as const);
    const s = run(wide, ['open', ...rights]);
    expect(s.issueLeft).toBe(1);
    expect(s.actorId).toBe(wide.actors[shown]?.id);
  });

  test('Tab and Shift-Tab go to the next and previous issue, at the same actor', () => {
    const s = run(minimal, ['right', 'open', 'next-issue']);
    expect([s.screen, s.issueId, s.actorId, s.itemId]).toEqual(['issue', 'traffic', 'residents', 'residents/more-traffic#claim']);
    expect(run(minimal, ['right', 'open', 'next-issue', 'prev-issue']).issueId).toBe('cost');
    expect(run(minimal, ['open', 'prev-issue']).issueId).toBe('cost');
  });

  test('Enter opens the focused item in Detail, and Esc comes back to it', () => {
    const s = run(minimal, ['open', 'down', 'open']);
    expect(s.screen).toBe('detail');
    expect(s.itemId).toBe('council/worth-it#evidence/0');
    const back = reduce(s, { type: 'command', command: 'back' }, { model: minimal });
    expect([back.screen, back.itemId]).toEqual(['issue', 'council/worth-it#evidence/0']);
  });

  test('an actor with no position on the issue has nothing to focus', () => {
    const s = run(wide, ['next-issue', 'right', 'right', 'open']);
    expect(s.actorId).toBe('cyclists');
    expect(s.itemId).toBeUndefined();
    expect(run(wide, ['next-issue', 'right', 'right', 'open', 'open']).screen).toBe('issue');
  });
});

describe('step-through', () => {
  test('Space reveals items in reading order: claims, then evidence, then counterpoints and responses', () => {
    const order = issueData(minimal, 'cost')?.order.map((i) => i.id);
    expect(order?.slice(0, 2)).toEqual(['council/worth-it#claim', 'residents/too-costly#claim']);
    expect(order?.[2]).toContain('#evidence/');
    const s1 = run(minimal, ['open', 'step']);
    expect([s1.reveal, s1.itemId]).toEqual([1, 'council/worth-it#claim']);
    const s2 = run(minimal, ['open', 'step', 'step']);
    expect([s2.reveal, s2.itemId, s2.actorId]).toEqual([2, 'residents/too-costly#claim', 'residents']);
  });

  test('stops at the last item and Backspace hides the last one shown', () => {
    const total = issueData(minimal, 'cost')?.order.length ?? 0;
    const all = run(minimal, ['open', ...Array.from({ length: total + 3 }, () => 'step' as const)]);
    expect(all.reveal).toBe(total);
    const s = run(minimal, ['open', 'step', 'step', 'step-back']);
    expect([s.reveal, s.itemId]).toEqual([1, 'council/worth-it#claim']);
    expect(run(minimal, ['open', 'step', 'step-back', 'step-back']).reveal).toBe(0);
  });

  test('s hides everything, and again shows everything', () => {
    const hidden = run(minimal, ['open', 'step-mode']);
    expect([hidden.reveal, hidden.itemId]).toEqual([0, undefined]);
    expect(run(minimal, ['open', 'step-mode', 'step-mode']).reveal).toBeNull();
  });

  test('items not yet revealed cannot be focused', () => {
    const s = run(minimal, ['open', 'step', 'down', 'down']);
    expect(s.itemId).toBe('council/worth-it#claim');
  });

  test('the next issue starts hidden again while stepping', () => {
    const s = run(minimal, ['open', 'step', 'step', 'next-issue']);
    expect([s.issueId, s.reveal, s.itemId]).toEqual(['traffic', 0, undefined]);
  });

  test('Backspace does nothing when not stepping', () => {
    expect(run(minimal, ['open', 'step-back']).reveal).toBeNull();
  });
});

describe('actor view', () => {
  test('up and down move between issues, left and right between actors, Enter opens the issue', () => {
    const s = run(minimal, ['actor', 'down']);
    expect([s.screen, s.issueId]).toEqual(['actor', 'traffic']);
    expect(run(minimal, ['actor', 'down', 'up']).issueId).toBe('cost');
    expect(run(minimal, ['actor', 'right']).actorId).toBe('residents');
    expect(run(minimal, ['actor', 'right', 'left']).actorId).toBe('council');
    expect(run(minimal, ['actor', 'bottom']).issueId).toBe('traffic');
    expect(run(minimal, ['actor', 'bottom', 'top']).issueId).toBe('cost');
    expect(run(minimal, ['actor', 'next-issue']).issueId).toBe('traffic');
    expect(run(minimal, ['actor', 'next-issue', 'prev-issue']).issueId).toBe('cost');
    expect(run(minimal, ['actor', 'page-down']).issueId).toBe('traffic');
    expect(run(minimal, ['actor', 'page-down', 'page-up']).issueId).toBe('cost');
    const o = run(minimal, ['actor', 'right', 'down', 'open']);
    expect([o.screen, o.issueId, o.actorId, o.itemId]).toEqual(['issue', 'traffic', 'residents', 'residents/more-traffic#claim']);
  });
});

describe('detail and help scroll', () => {
  const small = { cols: 60, rows: 12 };
  test('detail scrolls by line and page, and never past the end', () => {
    const d = run(minimal, ['open', 'open'], { size: small });
    expect(d.detailTop).toBe(0);
    expect(run(minimal, ['open', 'open', 'down'], { size: small }).detailTop).toBe(1);
    expect(run(minimal, ['open', 'open', 'down', 'up'], { size: small }).detailTop).toBe(0);
    const end = run(minimal, ['open', 'open', 'bottom'], { size: small }).detailTop;
    expect(end).toBeGreaterThan(1);
    expect(run(minimal, ['open', 'open', 'bottom', 'down'], { size: small }).detailTop).toBe(end);
    expect(run(minimal, ['open', 'open', 'bottom', 'top'], { size: small }).detailTop).toBe(0);
    expect(run(minimal, ['open', 'open', 'page-down'], { size: small }).detailTop).toBeGreaterThan(1);
    expect(run(minimal, ['open', 'open', 'page-down', 'page-up'], { size: small }).detailTop).toBe(0);
  });

  test('? opens help from any screen, scrolls, and ? or Esc closes it', () => {
    const h = run(minimal, ['open', 'help']);
    expect(h.screen).toBe('help');
    expect(run(minimal, ['open', 'help', 'down'], { size: small }).helpTop).toBe(1);
    expect(run(minimal, ['open', 'help', 'bottom'], { size: small }).helpTop).toBeGreaterThan(1);
    expect(run(minimal, ['open', 'help', 'help']).screen).toBe('issue');
    expect(run(minimal, ['open', 'help', 'back']).screen).toBe('issue');
  });
});

describe('problems', () => {
  test('p lists problems, up and down move between them, Esc goes back', () => {
    expect(broken.diagnostics.length).toBeGreaterThan(1);
    const s = run(broken, ['problems']);
    expect([s.screen, s.problem]).toEqual(['problems', 0]);
    expect(run(broken, ['problems', 'down']).problem).toBe(1);
    expect(run(broken, ['problems', 'down', 'up']).problem).toBe(0);
    expect(run(broken, ['problems', 'bottom']).problem).toBe(broken.diagnostics.length - 1);
    expect(run(broken, ['problems', 'bottom', 'top']).problem).toBe(0);
    expect(run(broken, ['problems', 'page-down']).problem).toBe(broken.diagnostics.length - 1);
    expect(run(broken, ['problems', 'page-down', 'page-up']).problem).toBe(0);
    expect(run(broken, ['problems', 'back']).screen).toBe('matrix');
  });
});

describe('search', () => {
  test('/ opens an empty search; typing finds items; Enter goes to the item in the issue view', () => {
    const s = run(minimal, ['search', type('bottleneck')]);
    expect([s.screen, s.query]).toEqual(['search', 'bottleneck']);
    const go = run(minimal, ['search', type('bottleneck'), 'open']);
    expect([go.screen, go.issueId, go.actorId, go.itemId]).toEqual([
      'issue',
      'traffic',
      'residents',
      'residents/more-traffic#counterpoint/0',
    ]);
    expect(go.history).toEqual(['matrix']);
  });

  test('keys type into the search rather than move; Backspace deletes; Esc closes', () => {
    const s = run(minimal, ['search', key('j'), key('q'), key('space', ' ')]);
    expect([s.screen, s.query, s.exit]).toEqual(['search', 'jq ', undefined]);
    expect(run(minimal, ['search', type('abc'), 'delete-char']).query).toBe('ab');
    expect(run(minimal, ['search', type('abc'), 'back']).screen).toBe('matrix');
  });

  test('down and up choose among the matches', () => {
    const s = run(minimal, ['search', type('the'), 'down']);
    expect(s.hit).toBe(1);
    expect(run(minimal, ['search', type('the'), 'down', 'up']).hit).toBe(0);
    expect(run(minimal, ['search', type('the'), 'page-down']).hit).toBeGreaterThan(0);
    expect(run(minimal, ['search', type('the'), 'page-down', 'page-up']).hit).toBe(0);
  });

  test('matching ignores case and accents', () => {
    const s = run(wide, ['search', type('CAFE')]);
    const go = run(wide, ['search', type('DUARTE'), 'open']);
    expect(go.itemId).toBe('mayor/ban-yes#evidence/1');
    expect(s.query).toBe('CAFE');
  });

  test('n and N jump to the next and previous match of the last search', () => {
    const first = run(minimal, ['search', type('traffic'), 'open']);
    const second = run(minimal, ['search-next'], { from: first });
    expect(second.itemId).not.toBe(first.itemId);
    expect(run(minimal, ['search-prev'], { from: second }).itemId).toBe(first.itemId);
    // With no search yet, n does nothing.
    expect(run(minimal, ['search-next'])).toEqual(run(minimal, []));
  });
});

describe('leaving', () => {
  test('q and Ctrl-C quit', () => {
    expect(run(minimal, ['quit']).exit).toBe('quit');
    expect(run(minimal, ['open', 'force-quit']).exit).toBe('quit');
    expect(run(minimal, ['search', key('ctrl-c')]).exit).toBe('quit');
  });

  test('Esc at the matrix goes back to the list of debates when there is one, and does nothing otherwise', () => {
    expect(run(minimal, ['back'], { canPick: true }).exit).toBe('pick');
    expect(run(minimal, ['back']).exit).toBeUndefined();
    expect(run(minimal, ['back']).screen).toBe('matrix');
  });
});

describe('non-key events', () => {
  test('a resize keeps the focus on screen and switches to the stacked layout', () => {
    const s = run(wide, ['right', 'right', 'right', 'right', 'right', { type: 'resize', cols: 200, rows: 40 }]);
    expect(s.matrixLeft).toBe(0);
    const narrow = run(wide, ['bottom', { type: 'resize', cols: 60, rows: 10 }]);
    expect(narrow.size).toEqual({ cols: 60, rows: 10 });
    expect(narrow.matrixTop).toBeGreaterThan(0);
  });

  test('a reloaded model keeps the cursor on the same issue, actor and item by id', async () => {
    const before = run(minimal, ['down', 'right', 'open', 'down']);
    const reloaded = (await loadDebate('test/fixtures/debates/minimal')).model;
    expect(reloaded).not.toBe(minimal);
    const after = reduce(before, { type: 'model' }, { model: reloaded });
    expect([after.screen, after.issueId, after.actorId, after.itemId]).toEqual([before.screen, 'traffic', 'residents', before.itemId]);
  });

  test('when the focused item is gone after a reload, the focus falls back within the same column', async () => {
    const before = run(minimal, ['open', 'bottom']);
    const other = structuredCloneModel(minimal, (m) => {
      const p = m.positions.get('council/worth-it');
      if (p) p.respondedBy = [];
    });
    const after = reduce(before, { type: 'model' }, { model: other });
    expect(after.actorId).toBe('council');
    expect(after.itemId).toMatch(/^council\/worth-it#/);
    expect(after.itemId).not.toBe(before.itemId);
  });

  test('every command of the key table is handled without throwing on every screen', () => {
    const commands = [...new Set(KEYS.map((k) => k.command))];
    for (const start of [[], ['open'], ['open', 'open'], ['actor'], ['problems'], ['help'], ['search']] as Command[][]) {
      for (const c of commands) {
        if (c === 'quit' || c === 'force-quit') continue;
        expect(() => run(broken, [...start, c])).not.toThrow();
      }
    }
  });
});

/** A changed copy of a model, as a reload would produce (new objects, same ids). */
function structuredCloneModel(model: Model, change: (m: Model) => void): Model {
  const positions = new Map([...model.positions].map(([k, p]) => [k, { ...p, respondedBy: [...p.respondedBy] }]));
  const actors = model.actors.map((a) => {
    const ps = a.positions.map((p) => positions.get(p.key) ?? p);
    return { ...a, positions: ps, byIssue: new Map(ps.map((p) => [p.issueId, p])) };
  });
  const m: Model = { ...model, actors, positions };
  change(m);
  return m;
}
