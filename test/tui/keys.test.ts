// The key table is the one source of truth for input, footer and help.
import { describe, expect, test } from 'vitest';
import { commandFor, footerHints, KEYS, keyName, keyNames, SCREENS } from '../../src/tui/keys.js';

describe('key table', () => {
  test('no key does two things on the same screen', () => {
    const seen = new Map<string, string>();
    for (const b of KEYS) {
      for (const s of b.screens) {
        for (const k of b.keys) {
          const id = `${s} ${k}`;
          const before = seen.get(id);
          if (before !== undefined) expect(before, `${k} on ${s}`).toBe(b.command);
          seen.set(id, b.command);
        }
      }
    }
  });

  test('the conventions hold: arrows and hjkl, Enter, Esc, Tab and [ ], ?, q, Ctrl-C', () => {
    expect(commandFor('matrix', 'down')).toBe('down');
    expect(commandFor('matrix', 'j')).toBe('down');
    expect(commandFor('matrix', 'k')).toBe('up');
    expect(commandFor('issue', 'h')).toBe('left');
    expect(commandFor('issue', 'l')).toBe('right');
    expect(commandFor('matrix', 'enter')).toBe('open');
    expect(commandFor('detail', 'esc')).toBe('back');
    expect(commandFor('issue', 'tab')).toBe('next-issue');
    expect(commandFor('issue', ']')).toBe('next-issue');
    expect(commandFor('issue', 'shift-tab')).toBe('prev-issue');
    expect(commandFor('issue', '[')).toBe('prev-issue');
    expect(commandFor('issue', '?')).toBe('help');
    expect(commandFor('actor', 'q')).toBe('quit');
    for (const s of SCREENS) expect(commandFor(s, 'ctrl-c')).toBe('force-quit');
  });

  test('while typing a search or a name, letters are text, not commands', () => {
    for (const screen of ['search', 'name'] as const) {
      for (const k of ['j', 'k', 'q', '?', 'n', 's', 'R', 'y', 'C', 'e', 'space'])
        expect(commandFor(screen, k), `${k} on ${screen}`).toBeUndefined();
      expect(commandFor(screen, 'backspace')).toBe('delete-char');
      expect(commandFor(screen, 'enter')).toBe('open');
      expect(commandFor(screen, 'esc')).toBe('back');
    }
    expect(commandFor('search', 'down')).toBe('down');
  });

  test('every screen offers quit in the footer, and help but where letters are typed', () => {
    for (const s of SCREENS) {
      const labels = footerHints(s).map((h) => h.label);
      expect(labels).toContain('quit');
      if (s !== 'search' && s !== 'name' && s !== 'picker') expect(labels).toContain('help');
    }
    expect(footerHints('matrix')[0]).toEqual({ keys: '↑↓←→', label: 'move' });
  });
});

describe('reading keys from Ink', () => {
  test('names special keys', () => {
    expect(keyName('', { upArrow: true })).toBe('up');
    expect(keyName('', { tab: true, shift: true })).toBe('shift-tab');
    expect(keyName('', { tab: true })).toBe('tab');
    expect(keyName('c', { ctrl: true })).toBe('ctrl-c');
    // Ink reports Backspace as delete; Escape also sets meta.
    expect(keyName('', { delete: true })).toBe('backspace');
    expect(keyName('', { escape: true, meta: true })).toBe('esc');
    expect(keyName(' ', {})).toBe('space');
    expect(keyName('G', { shift: true })).toBe('G');
    expect(keyName('', { return: true })).toBe('enter');
  });

  test('a run of characters read at once is one key each', () => {
    expect(keyNames('jj\r', {}).map((k) => k.name)).toEqual(['j', 'j', 'enter']);
    expect(keyNames('l j', {}).map((k) => k.name)).toEqual(['l', 'space', 'j']);
    expect(keyNames('j', {}).map((k) => k.name)).toEqual(['j']);
    expect(keyNames('', { downArrow: true }).map((k) => k.name)).toEqual(['down']);
  });
});
