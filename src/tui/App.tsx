// The root: measures the terminal, turns keys into commands from the key
// table, keeps the view state (see state.ts) and draws the screen the
// registry names (screens/registry.ts) in the frame every screen shares.
import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Answers } from '../debate/closeness.js';
import { lensedModel, lensLabel } from '../debate/lensed.js';
import { countLatestSearch, prepareSearch } from '../debate/reading.js';
import { countBySeverity } from '../model/diagnostics.js';
import type { LoadResult } from '../model/load.js';
import type { RespondentFile } from '../model/respondent.js';
import type { Location, Model } from '../model/types.js';
import { bannerText, type LiveStatus, WithBanner } from './components/Banner.js';
import type { Badge } from './components/Footer.js';
import { HeaderNoteContext } from './components/HeaderNote.js';
import { ScreenFrame } from './components/ScreenFrame.js';
import { ThemeContext } from './components/ThemeContext.js';
import { editTarget } from './edit-target.js';
import type { EditResult } from './editor.js';
import { commandFor, keyNames, type Screen } from './keys.js';
import { type Frame, frameOf, MIN_ROWS, type Size } from './layout/frame.js';
import { type DebateChoice, Picker } from './screens/picker/view.js';
import { problemsSummary } from './screens/problems/layout.js';
import { screenDef } from './screens/registry.js';
import { type Action, type Context, draw, type InitialOptions, initialState, reduce, throughLens, type ViewState } from './state.js';
import type { Theme } from './theme.js';
import { useRespondents } from './use-respondents.js';
import { useSaveAnswers } from './use-save-answers.js';
import { useTimerTicks } from './use-timer-ticks.js';
import { Editing } from './views/Editing.js';
import { TooSmall } from './views/TooSmall.js';

export interface AppProps {
  /** The debates to choose from, when the folder holds several. */
  debates: readonly DebateChoice[];
  /** The debate to show at once. Without it, the picker is shown. */
  initial?: LoadResult;
  load(dir: string): Promise<LoadResult>;
  theme: Theme;
  /** Where to start, e.g. for presenter mode. */
  start?: InitialOptions;
  /** A fixed size (tests); otherwise measured from stdout and updated on resize. */
  size?: Size;
  /**
   * Newer versions of the open debate (e.g. from a file watcher), starting
   * from `current`, the version shown. The view state keeps its cursor by id
   * across the swap.
   */
  updates?(listener: (loaded: LoadResult, status?: LiveStatus) => void, current: LoadResult): () => void;
  /**
   * Opens the reader's editor at a file and line, and returns once it is
   * closed (the terminal is handed over meanwhile; see run.ts).
   */
  edit?(target: Location): EditResult;
  /** Saves the quiz's answers under the name given (the save key); returns the file written. */
  saveAnswers?(model: Model, answers: Answers, name?: string): Promise<string>;
  /**
   * The class's saved answers in `dir`'s responses/ folder: read now and on
   * every change there, until the function returned is called.
   */
  respondents?(dir: string, issues: readonly string[], listener: (respondents: readonly RespondentFile[]) => void): () => void;
}

type Phase = { kind: 'pick'; message?: string; last?: string } | { kind: 'loading'; dir: string } | { kind: 'ready'; loaded: LoadResult };

/**
 * The window's size, and again on every resize. Ink's useWindowSize sets a new
 * size once mounted even when it has not changed, which drew the first frame twice.
 */
export function useTerminalSize(fixed?: Size): Size {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => windowSize(stdout));
  useEffect(() => {
    const onResize = () => setSize((last) => sameSize(last, windowSize(stdout)));
    stdout.on('resize', onResize);
    onResize();
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return fixed ?? size;
}

function windowSize(stdout: NodeJS.WritableStream & { columns?: number; rows?: number }): Size {
  return { cols: stdout.columns || 80, rows: stdout.rows || 24 };
}

/** `last` when `next` is the same size, so React draws nothing again. */
function sameSize(last: Size, next: Size): Size {
  return last.cols === next.cols && last.rows === next.rows ? last : next;
}

export function badgeFor(loaded: LoadResult): Badge | undefined {
  const { diagnostics } = loaded.model;
  if (diagnostics.length === 0) return undefined;
  const { errors } = countBySeverity(diagnostics);
  return { text: `! ${problemsSummary(diagnostics)} · p`, severity: errors > 0 ? 'error' : 'warning' };
}

export function App({ debates, initial, load, theme, start, size: fixedSize, updates, edit, saveAnswers, respondents }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize(fixedSize);
  const [phase, setPhase] = useState<Phase>(() => (initial ? { kind: 'ready', loaded: initial } : { kind: 'pick' }));
  const ctx = useRef<Context>({ model: initial?.model ?? emptyModel(), canPick: debates.length > 1 });
  const [state, setState] = useState<ViewState | null>(() => (initial ? initialState(size, ctx.current, start) : null));
  const [liveStatus, setLiveStatus] = useState<LiveStatus>({});
  /** A message in the footer until the next key (e.g. the editor would not start). */
  const [notice, setNotice] = useState<Badge | undefined>();
  /** Set while the editor runs: input is off and the terminal is the editor's. */
  const [editing, setEditing] = useState<Location | undefined>();
  // The banner (folder removed, debate.yaml broken) takes a row from the screens.
  const banner = phase.kind === 'ready' ? bannerText(phase.loaded.model, liveStatus) : undefined;
  const viewSize = banner && size.rows > MIN_ROWS ? { cols: size.cols, rows: size.rows - 1 } : size;
  const frame = frameOf(viewSize);

  // Keys can arrive faster than React renders: each is reduced on the newest state,
  // kept here, so a command that reads the state (e) sees every key before it.
  const stateRef = useRef(state);
  const setViewState = useCallback((next: ViewState | null) => {
    stateRef.current = next;
    setState(next);
  }, []);
  const dispatch = useCallback(
    (action: Action) => {
      const s = stateRef.current;
      if (s) setViewState(reduce(s, action, ctx.current));
    },
    [setViewState],
  );

  // Only a size the state does not have yet: the first frame is not drawn twice.
  useEffect(() => {
    const size = stateRef.current?.size;
    if (size?.cols !== viewSize.cols || size.rows !== viewSize.rows) dispatch({ type: 'resize', cols: viewSize.cols, rows: viewSize.rows });
  }, [viewSize.cols, viewSize.rows, dispatch]);
  useTimerTicks(state?.timer, dispatch);

  useEffect(() => {
    if (phase.kind !== 'loading') return;
    let live = true;
    load(phase.dir).then(
      (loaded) => {
        if (!live) return;
        ctx.current = { model: loaded.model, canPick: debates.length > 1 };
        setViewState(initialState(size, ctx.current, start));
        setPhase({ kind: 'ready', loaded });
      },
      (err: unknown) => {
        if (live) setPhase({ kind: 'pick', message: `Could not open ${phase.dir}: ${(err as Error)?.message ?? err}`, last: phase.dir });
      },
    );
    return () => {
      live = false;
    };
  }, [phase, load, debates.length, size, start, setViewState]);

  // The search index is built while nobody types, so `/` answers at once.
  const searchable = phase.kind === 'ready' && state ? lensedModel(phase.loaded.model, state.lens) : undefined;
  useEffect(() => (searchable ? prepareSearch(searchable) : undefined), [searchable]);
  // A key finds only the hits it shows; the rest are counted after its frame, then the count is drawn.
  const [, setCounted] = useState(0);
  useEffect(() => (state ? countLatestSearch(() => setCounted((n) => n + 1)) : undefined), [state]);

  const openDir = phase.kind === 'ready' ? phase.loaded.model.dir : undefined;
  const shown = useRef<LoadResult | undefined>(undefined);
  shown.current = phase.kind === 'ready' ? phase.loaded : undefined;
  useEffect(() => {
    setLiveStatus((status) => (status.removed || status.unreadable ? {} : status));
    if (!updates || openDir === undefined || !shown.current) return;
    return updates((loaded, status) => {
      if (loaded.model.dir !== openDir) return;
      ctx.current = { model: loaded.model, canPick: debates.length > 1 };
      setLiveStatus(status ?? {});
      setPhase({ kind: 'ready', loaded });
      dispatch({ type: 'model' });
    }, shown.current);
  }, [updates, openDir, debates.length, dispatch]);

  useEffect(() => {
    if (!editing || !edit) return;
    // First let Ink write the "opening" frame (it writes at most every 4 ms, see run.ts):
    // the frame after the editor then differs from the last one written, so
    // Ink draws it whole on the fresh screen.
    const timer = setTimeout(() => {
      const result = edit(editing);
      setEditing(undefined);
      if (!result.ok) setNotice({ text: result.message, severity: 'error' });
      else if (result.note) setNotice({ text: result.note, severity: 'warning' });
    }, 50);
    return () => clearTimeout(timer);
  }, [editing, edit]);

  // Read when a key arrives, which may be before the effects of the last
  // render (and so the key handler) are renewed: always the latest values.
  const latest = useRef({ liveStatus });
  latest.current = { liveStatus };
  const startEdit = () => {
    const now = stateRef.current;
    const { liveStatus: status } = latest.current;
    if (!edit || !now) return;
    if (status.removed) {
      setNotice({
        text: `The folder ${status.unreadable ? 'cannot be read' : 'was removed'}: there is no file to edit`,
        severity: 'warning',
      });
      return;
    }
    // Item ids are the same through every lens: the unlensed model finds them.
    const target = editTarget(ctx.current.model, now);
    if (target) setEditing(target);
    else setNotice({ text: 'Nothing here to open in an editor', severity: 'warning' });
  };

  useSaveAnswers(state?.quiz, ctx, saveAnswers, setNotice);
  const issueIds = phase.kind === 'ready' ? phase.loaded.model.issues.map((i) => i.id) : undefined;
  useRespondents(openDir, issueIds, state?.screen, respondents, dispatch);

  useEffect(() => {
    if (state?.exit === 'quit') exit();
    else if (state?.exit === 'pick' && phase.kind === 'ready') {
      setPhase({ kind: 'pick', last: phase.loaded.model.dir });
      setViewState(null);
    }
  }, [state?.exit, exit, phase, setViewState]);

  const screen: Screen = phase.kind === 'ready' && state ? state.screen : 'picker';
  useInput(
    (input, key) => {
      setNotice(undefined);
      for (const { name, text } of keyNames(input, key)) {
        const cmd = commandFor(screen, name);
        if (cmd === 'suspend') {
          // run.ts gives the terminal back before stopping, and takes it again on SIGCONT.
          if (process.platform !== 'win32') process.kill(process.pid, 'SIGTSTP');
          return;
        }
        if (cmd === 'force-quit' || (cmd === 'quit' && (frame.tooSmall || phase.kind !== 'ready'))) {
          exit();
          return;
        }
        // The picker moves itself (Picker.tsx); a window too small shows only how to quit.
        if (phase.kind !== 'ready' || frame.tooSmall) continue;
        if (cmd === 'edit') {
          startEdit();
          return;
        }
        dispatch({ type: 'key', name, text });
      }
    },
    { isActive: editing === undefined },
  );

  return (
    <ThemeContext.Provider value={theme}>
      <HeaderNoteContext.Provider value={state && phase.kind === 'ready' ? lensLabel(state.lens) : undefined}>
        {body()}
      </HeaderNoteContext.Provider>
    </ThemeContext.Provider>
  );

  function body() {
    if (frame.tooSmall) return <TooSmall frame={frame} />;
    if (phase.kind === 'pick')
      return (
        <Picker
          debates={debates}
          frame={frame}
          initial={phase.last}
          message={phase.message}
          onPick={(dir) => setPhase({ kind: 'loading', dir })}
        />
      );
    if (phase.kind === 'loading' || !state) return <Loading frame={frame} />;
    if (editing) return <Editing frame={frame} target={editing} />;
    const { model } = throughLens(ctx.current, state.lens, state.blind);
    const def = screenDef(state.screen);
    const { lines, where } = draw(state, ctx.current, frame, phase.loaded.texts);
    const badge = notice ?? badgeFor(phase.loaded);
    return (
      <WithBanner text={banner} cols={frame.cols}>
        <ScreenFrame
          title={model.title}
          where={where}
          screen={state.screen}
          frame={frame}
          lines={lines}
          badge={def?.badge ? def.badge(badge) : badge}
        />
      </WithBanner>
    );
  }
}

function Loading({ frame }: { frame: Frame }) {
  return (
    <Box width={frame.cols} height={frame.height}>
      <Text> Loading…</Text>
    </Box>
  );
}

function emptyModel(): Context['model'] {
  return {
    dir: '',
    file: '',
    title: '',
    question: '',
    issues: [],
    actors: [],
    sources: new Map(),
    prompts: [],
    positions: new Map(),
    diagnostics: [],
  };
}
