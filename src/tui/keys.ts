// The one key table. It decides what a key does on each screen, and the footer
// hints, the `?` help screen and the key table of docs/reading.md are all drawn from it.
import type { Key } from 'ink';

export const SCREENS = [
  'picker',
  'matrix',
  'issue',
  'actor',
  'detail',
  'problems',
  'help',
  'search',
  'present',
  'compare',
  'quiz',
  'class',
  'forest',
  'name',
] as const;
export type Screen = (typeof SCREENS)[number];

export type Command =
  | 'quit'
  | 'force-quit'
  | 'suspend'
  | 'help'
  | 'back'
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'page-up'
  | 'page-down'
  | 'top'
  | 'bottom'
  | 'open'
  | 'next-issue'
  | 'prev-issue'
  | 'actor'
  | 'problems'
  | 'edit'
  | 'step'
  | 'step-back'
  | 'step-mode'
  | 'search'
  | 'search-next'
  | 'search-prev'
  | 'delete-char'
  | 'present'
  | 'compare'
  | 'lens'
  | 'lens-back'
  | 'timer'
  | 'timer-more'
  | 'timer-less'
  | 'timer-stop'
  | 'quiz'
  | 'class'
  | 'skip'
  | 'weight'
  | 'save'
  | 'reveal-names'
  | 'reveal-class'
  | 'forest'
  | 'next-section'
  | 'prev-section';

export interface Binding {
  command: Command;
  /** Key names as produced by `keyName`: "up", "k", "enter", "shift-tab", "ctrl-c", "space", "?". */
  keys: readonly string[];
  /** Short word for the footer. */
  label: string;
  /** One line for the help screen. */
  help: string;
  screens: readonly Screen[];
  group: 'General' | 'Moving' | 'Step-through' | 'Classroom' | 'Search';
  /** Shown in the footer on these screens. */
  footer?: readonly Screen[];
}

const ALL = SCREENS;
/** Where letters are text: a search, the quiz's name field. */
const TYPING: readonly Screen[] = ['search', 'name'];
const NOT_TYPING = SCREENS.filter((s) => !TYPING.includes(s));
const IN_DEBATE = SCREENS.filter((s) => s !== 'picker');
const BROWSING: readonly Screen[] = ['matrix', 'issue', 'actor', 'detail'];
const LISTS: readonly Screen[] = ['matrix', 'issue', 'actor', 'detail', 'problems', 'help', 'compare', 'quiz', 'class', 'forest'];
const LISTS_AND_PICKER: readonly Screen[] = ['picker', ...LISTS];
const GRID: readonly Screen[] = ['matrix', 'issue', 'actor'];
/** Where the framing lens changes what is shown. */
const LENSED: readonly Screen[] = [...BROWSING, 'present', 'compare'];

export const KEYS: readonly Binding[] = [
  {
    command: 'up',
    keys: ['up', 'k'],
    label: 'move',
    help: 'Up: previous debate, issue, item or line',
    screens: [...LISTS_AND_PICKER, 'present'],
    group: 'Moving',
    footer: ['picker', 'matrix', 'issue', 'actor', 'problems', 'detail', 'help', 'compare', 'quiz', 'class', 'forest'],
  },
  {
    command: 'down',
    keys: ['down', 'j'],
    label: 'move',
    help: 'Down: next debate, issue, item or line',
    screens: [...LISTS_AND_PICKER, 'present'],
    group: 'Moving',
    footer: ['picker', 'matrix', 'issue', 'actor', 'problems', 'detail', 'help', 'compare', 'quiz', 'class', 'forest'],
  },
  {
    command: 'left',
    keys: ['left', 'h'],
    label: 'move',
    help: 'Left: previous actor',
    screens: [...GRID, 'forest'],
    group: 'Moving',
    footer: ['matrix', 'issue', 'actor', 'forest'],
  },
  {
    command: 'right',
    keys: ['right', 'l'],
    label: 'move',
    help: 'Right: next actor',
    screens: [...GRID, 'forest'],
    group: 'Moving',
    footer: ['matrix', 'issue', 'actor', 'forest'],
  },
  {
    command: 'page-up',
    keys: ['pageup', 'ctrl-u'],
    label: 'page',
    help: 'Up one screen',
    screens: LISTS,
    group: 'Moving',
    footer: ['detail', 'help'],
  },
  {
    command: 'page-down',
    keys: ['pagedown', 'ctrl-d'],
    label: 'page',
    help: 'Down one screen',
    screens: LISTS,
    group: 'Moving',
    footer: ['detail', 'help'],
  },
  { command: 'top', keys: ['home', 'g'], label: 'top', help: 'Go to the first one', screens: LISTS, group: 'Moving' },
  { command: 'bottom', keys: ['end', 'G'], label: 'end', help: 'Go to the last one', screens: LISTS, group: 'Moving' },
  {
    command: 'open',
    keys: ['enter'],
    label: 'open',
    help: 'Open what is focused: a debate, the issue at this actor, or an item in full (on the agreement map: compare the pair)',
    screens: ['picker', ...GRID, 'compare', 'quiz', 'forest'],
    group: 'Moving',
    footer: ['picker', ...GRID, 'compare', 'quiz', 'forest'],
  },
  {
    command: 'next-issue',
    keys: ['tab', ']'],
    label: 'issue',
    help: 'Next issue',
    screens: [...GRID, 'present'],
    group: 'Moving',
    footer: ['issue'],
  },
  {
    command: 'prev-issue',
    keys: ['shift-tab', '['],
    label: 'issue',
    help: 'Previous issue',
    screens: [...GRID, 'present'],
    group: 'Moving',
    footer: ['issue'],
  },
  {
    command: 'actor',
    keys: ['a'],
    label: 'actor',
    help: "One actor's positions on every issue",
    screens: ['matrix', 'issue', 'detail'],
    group: 'Moving',
    footer: ['matrix'],
  },
  {
    command: 'step',
    keys: ['space'],
    label: 'step',
    help: 'Reveal the next item: claims first, then evidence, then counterpoints and responses',
    screens: ['issue'],
    group: 'Step-through',
    footer: ['issue'],
  },
  {
    command: 'step-back',
    keys: ['backspace'],
    label: 'unstep',
    help: 'Hide the last item revealed',
    screens: ['issue'],
    group: 'Step-through',
  },
  {
    command: 'step-mode',
    keys: ['s'],
    label: 'step mode',
    help: 'Step-through on or off: hide every item to reveal them one by one, or show all again',
    screens: ['issue'],
    group: 'Step-through',
  },
  {
    command: 'step',
    keys: ['space', 'right', 'enter'],
    label: 'next',
    help: 'Reveal the next point; after the discussion prompt, on to the next issue',
    screens: ['present'],
    group: 'Classroom',
    footer: ['present'],
  },
  {
    command: 'step-back',
    keys: ['backspace', 'left'],
    label: 'previous',
    help: 'Hide the last point revealed; at the question, back to the previous issue',
    screens: ['present'],
    group: 'Classroom',
    footer: ['present'],
  },
  {
    command: 'step',
    keys: ['pagedown', 'l'],
    label: 'next',
    help: 'Next point too (what presentation remotes send)',
    screens: ['present'],
    group: 'Classroom',
  },
  {
    command: 'step-back',
    keys: ['pageup', 'h'],
    label: 'previous',
    help: 'Previous point too',
    screens: ['present'],
    group: 'Classroom',
  },
  {
    command: 'present',
    keys: ['P'],
    label: 'present',
    help: 'Presenter mode on or off: a calm, large layout for a projector, one point at a time',
    screens: ['matrix', 'issue', 'actor', 'compare', 'present'],
    group: 'Classroom',
    footer: ['matrix'],
  },
  {
    command: 'timer',
    keys: ['t'],
    label: 'timer',
    help: 'Start, pause or resume the discussion timer (2 minutes unless changed)',
    screens: ['present'],
    group: 'Classroom',
    footer: ['present'],
  },
  {
    command: 'timer-more',
    keys: ['+', '='],
    label: 'more time',
    help: 'One more minute on the timer',
    screens: ['present'],
    group: 'Classroom',
  },
  {
    command: 'timer-less',
    keys: ['-'],
    label: 'less time',
    help: 'One minute less on the timer',
    screens: ['present'],
    group: 'Classroom',
  },
  {
    command: 'timer-stop',
    keys: ['T'],
    label: 'stop timer',
    help: 'Stop the timer and hide it',
    screens: ['present'],
    group: 'Classroom',
  },
  {
    command: 'quiz',
    keys: ['y'],
    label: 'quiz',
    help: 'Where do you stand? Answer each issue yourself, see where every actor stands, then who is closest and why (at the result: start again)',
    screens: ['matrix', 'issue', 'actor', 'compare', 'class', 'quiz'],
    group: 'Classroom',
    footer: ['matrix'],
  },
  {
    command: 'skip',
    keys: ['s'],
    label: 'skip',
    help: 'Quiz: skip this issue (it never counts)',
    screens: ['quiz'],
    group: 'Classroom',
    footer: ['quiz'],
  },
  {
    command: 'weight',
    keys: ['w'],
    label: 'weight',
    help: 'Quiz: how much this issue matters to you: normal, a lot, not at all (not counted)',
    screens: ['quiz'],
    group: 'Classroom',
    footer: ['quiz'],
  },
  {
    command: 'save',
    keys: ['S'],
    label: 'save',
    help: 'Quiz: type your name and save your answers as responses/<name>.yaml in the debate folder (never over another file)',
    screens: ['quiz'],
    group: 'Classroom',
    footer: ['quiz'],
  },
  {
    command: 'class',
    keys: ['C'],
    label: 'class',
    help: 'The class: every saved answer per issue as bars on the scale, the actors on the same scale, and who the class is closest to',
    screens: ['matrix', 'issue', 'actor', 'compare', 'quiz'],
    group: 'Classroom',
  },
  {
    command: 'reveal-class',
    keys: ['v'],
    label: 'class answers',
    help: "Presenter mode: reveal how the class answered this issue (the saved quiz answers, as bars, names not shown), or hide it again; each issue's stays hidden until revealed",
    screens: ['present'],
    group: 'Classroom',
    footer: ['present'],
  },
  {
    command: 'reveal-names',
    keys: ['R'],
    label: 'reveal',
    help: 'Blind mode (--blind): reveal who the actors are',
    screens: IN_DEBATE.filter((s) => !TYPING.includes(s)),
    group: 'Classroom',
  },
  {
    command: 'compare',
    keys: ['c'],
    label: 'compare',
    help: 'Compare the focused actor with the next one, issue by issue; ← → picks another',
    screens: ['matrix', 'issue', 'actor'],
    group: 'Classroom',
    footer: ['matrix'],
  },
  {
    command: 'left',
    keys: ['left', 'h'],
    label: 'other actor',
    help: 'Compare with the previous actor instead',
    screens: ['compare'],
    group: 'Classroom',
    footer: ['compare'],
  },
  {
    command: 'right',
    keys: ['right', 'l'],
    label: 'other actor',
    help: 'Compare with the next actor instead',
    screens: ['compare'],
    group: 'Classroom',
    footer: ['compare'],
  },
  {
    command: 'forest',
    keys: ['m'],
    label: 'map',
    help: 'The forest: who agrees with whom, issues from consensus to divisive, cruxes, drops, balance audit',
    screens: ['matrix', 'compare'],
    group: 'Classroom',
    footer: ['matrix'],
  },
  {
    command: 'next-section',
    keys: ['tab', ']'],
    label: 'section',
    help: 'Next section: agreement map, issues & cruxes, drops, balance audit',
    screens: ['forest'],
    group: 'Classroom',
    footer: ['forest'],
  },
  {
    command: 'prev-section',
    keys: ['shift-tab', '['],
    label: 'section',
    help: 'Previous section',
    screens: ['forest'],
    group: 'Classroom',
  },
  {
    command: 'lens',
    keys: ['f'],
    label: 'lens',
    help: 'Framing lens: only quotes, facts, statistics, claims or interpretations as evidence, then all',
    screens: LENSED,
    group: 'Classroom',
    footer: ['issue', 'present'],
  },
  {
    command: 'lens-back',
    keys: ['F'],
    label: 'lens',
    help: 'Framing lens, the other way round',
    screens: LENSED,
    group: 'Classroom',
  },
  {
    command: 'search',
    keys: ['/'],
    label: 'search',
    help: 'Search claims, evidence and counterpoints',
    screens: BROWSING,
    group: 'Search',
    footer: BROWSING,
  },
  {
    command: 'search-next',
    keys: ['n'],
    label: 'next match',
    help: 'Jump to the next match of the last search',
    screens: BROWSING,
    group: 'Search',
  },
  {
    command: 'search-prev',
    keys: ['N'],
    label: 'previous match',
    help: 'Jump to the previous match of the last search',
    screens: BROWSING,
    group: 'Search',
  },
  {
    command: 'up',
    keys: ['up', 'ctrl-p'],
    label: 'move',
    help: 'Previous match',
    screens: ['search'],
    group: 'Search',
    footer: ['search'],
  },
  {
    command: 'down',
    keys: ['down', 'ctrl-n'],
    label: 'move',
    help: 'Next match',
    screens: ['search'],
    group: 'Search',
    footer: ['search'],
  },
  {
    command: 'open',
    keys: ['enter'],
    label: 'go to',
    help: 'Go to the selected match',
    screens: ['search'],
    group: 'Search',
    footer: ['search'],
  },
  {
    command: 'delete-char',
    keys: ['backspace'],
    label: 'delete',
    help: 'Delete the last character typed',
    screens: TYPING,
    group: 'Search',
  },
  {
    command: 'open',
    keys: ['enter'],
    label: 'save',
    help: 'Quiz: save your answers under the name typed',
    screens: ['name'],
    group: 'Classroom',
    footer: ['name'],
  },

  {
    command: 'problems',
    keys: ['p'],
    label: 'problems',
    help: 'Problems found while loading, with file:line:col',
    screens: BROWSING,
    group: 'General',
  },
  {
    command: 'edit',
    keys: ['e'],
    label: 'edit',
    help: 'Open the file of what is focused in your editor ($VISUAL, $EDITOR, else vi) at its line; saving updates the screen',
    screens: ['matrix', 'issue', 'actor', 'detail', 'problems', 'forest'],
    group: 'General',
    footer: ['detail', 'problems', 'forest'],
  },
  {
    command: 'back',
    keys: ['esc'],
    label: 'back',
    help: 'Back to the previous screen (from the matrix: to the list of debates, if several; from your name: without saving)',
    screens: IN_DEBATE,
    group: 'General',
    footer: ['issue', 'actor', 'detail', 'problems', 'help', 'search', 'present', 'compare', 'forest', 'name'],
  },
  {
    command: 'help',
    keys: ['?'],
    label: 'help',
    help: 'Show or hide this help',
    screens: IN_DEBATE.filter((s) => !TYPING.includes(s)),
    group: 'General',
    footer: IN_DEBATE.filter((s) => !TYPING.includes(s)),
  },
  { command: 'quit', keys: ['q'], label: 'quit', help: 'Quit', screens: NOT_TYPING, group: 'General', footer: NOT_TYPING },
  {
    command: 'force-quit',
    keys: ['ctrl-c'],
    label: 'quit',
    help: 'Quit from anywhere, even while typing',
    screens: ALL,
    group: 'General',
    footer: TYPING,
  },
  // As in a shell: Ctrl-Z stops standpoint, `fg` brings it back.
  {
    command: 'suspend',
    keys: ['ctrl-z'],
    label: 'suspend',
    help: 'Suspend (the shell’s fg resumes)',
    screens: ALL,
    group: 'General',
    footer: [],
  },
];

const lookup = new Map<string, Command>();
for (const b of KEYS) {
  for (const screen of b.screens) {
    for (const k of b.keys) {
      const id = `${screen} ${k}`;
      if (!lookup.has(id)) lookup.set(id, b.command);
    }
  }
}

/** What a key does on a screen, if anything. */
export function commandFor(screen: Screen, key: string): Command | undefined {
  return lookup.get(`${screen} ${key}`);
}

/** Ink's (input, key) pair as one name: "up", "shift-tab", "ctrl-c", "space", "G", "?". */
export function keyName(input: string, key: Partial<Key>): string | undefined {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'enter';
  if (key.escape) return 'esc';
  if (key.tab) return key.shift ? 'shift-tab' : 'tab';
  // Ink reports Backspace as `delete` on most terminals.
  if (key.backspace || key.delete) return 'backspace';
  if (key.ctrl && input.length === 1) return `ctrl-${input.toLowerCase()}`;
  if (input === ' ') return 'space';
  if ([...input].length === 1) return input;
  return undefined;
}

// Characters that stand for a key when they arrive in a run of typed text.
const CHAR_KEYS: Record<string, string> = {
  '\r': 'enter',
  '\n': 'enter',
  '\t': 'tab',
  '\u007f': 'backspace',
  '\b': 'backspace',
  ' ': 'space',
};

/**
 * Every key in one read from the terminal. Ink hands over a run of plain
 * characters at once (fast typing, a held key, a paste): each is a key press.
 */
export function keyNames(input: string, key: Partial<Key>): Array<{ name: string; text: string }> {
  const chars = [...input];
  if (chars.length <= 1 || key.ctrl || key.meta) {
    const name = keyName(input, key);
    return name ? [{ name, text: input }] : [];
  }
  return chars.map((ch) => ({ name: CHAR_KEYS[ch] ?? (ch < ' ' ? `ctrl-${String.fromCharCode(ch.charCodeAt(0) + 96)}` : ch), text: ch }));
}

const SHOWN: Record<string, string> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  enter: 'Enter',
  esc: 'Esc',
  tab: 'Tab',
  'shift-tab': 'Shift-Tab',
  space: 'Space',
  backspace: 'Backspace',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
};

/** How a key is written for people: "↑", "Shift-Tab", "Ctrl-C". */
export function showKey(key: string): string {
  if (SHOWN[key]) return SHOWN[key];
  if (key.startsWith('ctrl-')) return `Ctrl-${key.slice(5).toUpperCase()}`;
  return key;
}

/** The first key bound to a command on a screen, as written for people ("v", "Enter"). */
export function keyFor(command: Command, screen: Screen): string | undefined {
  const b = KEYS.find((x) => x.command === command && x.screens.includes(screen));
  return b ? showKey(b.keys[0] as string) : undefined;
}

export interface Hint {
  keys: string;
  label: string;
}

/**
 * The footer's hints for a screen, in table order. Neighbouring bindings with
 * the same label share one hint ("↑↓←→ move"), showing each one's first key.
 */
export function footerHints(screen: Screen): Hint[] {
  const hints: Hint[] = [];
  for (const b of KEYS) {
    if (!b.footer?.includes(screen) || !b.screens.includes(screen)) continue;
    const first = showKey(b.keys[0] as string);
    const last = hints[hints.length - 1];
    if (last && last.label === b.label) {
      last.keys += first.length === 1 && /^[↑↓←→]+$/.test(last.keys) ? first : `/${first}`;
    } else hints.push({ keys: first, label: b.label });
  }
  return hints;
}

export const GROUPS = ['Moving', 'Step-through', 'Classroom', 'Search', 'General'] as const;

const SCREEN_NAMES: Record<Screen, string> = {
  picker: 'list of debates',
  matrix: 'matrix',
  issue: 'issue view',
  actor: 'actor view',
  detail: 'detail',
  problems: 'problems',
  help: 'help',
  search: 'search',
  present: 'presenter mode',
  compare: 'compare',
  quiz: 'quiz',
  class: 'class view',
  forest: 'forest screen',
  name: 'name field',
};

/** Where a binding works, in words; empty when it works everywhere. */
export function whereText(b: Binding): string {
  const missing = SCREENS.filter((s) => !b.screens.includes(s));
  if (missing.length === 0) return '';
  const elsewhere = missing.filter((s) => s !== 'picker' && !TYPING.includes(s));
  if (elsewhere.length <= 1) {
    const inDebate = missing.includes('picker') ? 'everywhere in a debate' : 'everywhere';
    const typing = TYPING.filter((s) => missing.includes(s)).map((s) => (s === 'search' ? 'a search' : 'your name'));
    const but = [...elsewhere.map((s) => `in ${SCREEN_NAMES[s]}`), ...(typing.length ? [`while typing ${typing.join(' or ')}`] : [])];
    return but.length > 0 ? `${inDebate} but ${but.join(' or ')}` : inDebate;
  }
  return b.screens.map((s) => SCREEN_NAMES[s]).join(', ');
}

export function keysText(b: Binding): string {
  return b.keys.map(showKey).join(' ');
}

/** The key table as Markdown, for docs/reading.md (a test keeps the two equal). */
export function keyTableMarkdown(): string {
  const rows = ['| keys | does | where |', '| --- | --- | --- |'];
  for (const group of GROUPS) {
    for (const b of KEYS.filter((x) => x.group === group)) {
      const keys = b.keys.map((k) => `\`${showKey(k)}\``).join(' ');
      rows.push(`| ${keys} | ${b.help} | ${whereText(b) || 'everywhere'} |`);
    }
  }
  return rows.join('\n');
}
