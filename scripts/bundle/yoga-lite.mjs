// What Ink's `yoga-layout` import stands for in the bundle: Yoga's API, laid
// out in JavaScript for the boxes standpoint draws, and by Yoga itself for
// anything else.
//
// Starting Yoga (its WebAssembly and the bindings around it) costs some 8 ms
// of every start, and its first layout a few more, for screens that are a
// column of lines, a spacer and a footer. Here a node records what Ink sets
// on it; a layout the few rules below decide exactly as Yoga would (rows and
// columns, fixed sizes, margins, padding, borders, one flexGrow share that
// comes out whole, text measured by Ink) is done here. Any other (wrapping,
// centring, percentages, min and max sizes, a shrink, a share that is not
// whole, ...) is handed to the real Yoga, loaded then: the whole tree is built
// again there, laid out, and its results copied back. test/bundle/yoga-lite.test.ts
// compares both on the trees Ink builds.

/** @typedef {{ width: number; height: number }} Size */

/**
 * @param {Record<string, number>} constants Yoga's constants (yoga-layout's generated YGEnums)
 * @param {() => any} loadYoga the real Yoga, loaded on first need
 */
export function liteYoga(constants, loadYoga) {
  const C = constants;
  const { MEASURE_MODE_UNDEFINED: UNDEF, MEASURE_MODE_EXACTLY: EXACT, MEASURE_MODE_AT_MOST: AT_MOST } = C;
  const ROW = C.FLEX_DIRECTION_ROW;
  const COLUMN = C.FLEX_DIRECTION_COLUMN;

  /** Thrown when a layout needs more than this file does: Yoga lays it out instead. */
  class NotHere extends Error {}
  const notHere = () => {
    throw new NotHere();
  };

  /** Which edge values stand for left, right, top and bottom (left to right), as Yoga resolves them. */
  const resolve = (edges) => {
    const at = (e) => (edges[e] === undefined || Number.isNaN(edges[e]) ? undefined : edges[e]);
    const all = at(C.EDGE_ALL);
    const h = at(C.EDGE_HORIZONTAL) ?? all;
    const v = at(C.EDGE_VERTICAL) ?? all;
    return {
      left: at(C.EDGE_START) ?? at(C.EDGE_LEFT) ?? h ?? 0,
      right: at(C.EDGE_END) ?? at(C.EDGE_RIGHT) ?? h ?? 0,
      top: at(C.EDGE_TOP) ?? v ?? 0,
      bottom: at(C.EDGE_BOTTOM) ?? v ?? 0,
    };
  };

  class Node {
    static create() {
      return new Node();
    }

    constructor() {
      /** @type {Node[]} */
      this.children = [];
      /** @type {Node | undefined} */
      this.parent = undefined;
      /** Each style as last set, by name, in the order set: replayed on a real Yoga node. */
      this.calls = new Map();
      this.direction = COLUMN;
      this.grow = 0;
      this.shrink = 0;
      this.basis = undefined;
      this.width = undefined;
      this.height = undefined;
      this.margin = [];
      this.padding = [];
      this.border = [];
      this.display = C.DISPLAY_FLEX;
      this.alignItems = C.ALIGN_STRETCH;
      this.alignSelf = C.ALIGN_AUTO;
      /** A style set that this file does not lay out. */
      this.foreign = false;
      this.measureFunc = undefined;
      /** @type {Map<string, Size>} what the measure function answered since the text last changed */
      this.measured = new Map();
      this.layout = { left: 0, top: 0, width: 0, height: 0 };
      this.boxEdges = { padding: resolve([]), border: resolve([]) };
    }

    record(key, method, args) {
      this.calls.delete(key);
      this.calls.set(key, [method, args]);
    }

    // --- styles Ink sets (styles.js, dom.js) ---
    setFlexDirection(v) {
      this.record('flexDirection', 'setFlexDirection', [v]);
      this.direction = v;
      if (v !== ROW && v !== COLUMN) this.foreign = true;
    }
    setFlexGrow(v) {
      this.record('flexGrow', 'setFlexGrow', [v]);
      this.grow = v ?? 0;
    }
    setFlexShrink(v) {
      this.record('flexShrink', 'setFlexShrink', [v]);
      this.shrink = v ?? 0;
    }
    setFlexWrap(v) {
      this.record('flexWrap', 'setFlexWrap', [v]);
      if (v !== C.WRAP_NO_WRAP) this.foreign = true;
    }
    setFlexBasis(v) {
      this.record('flexBasis', 'setFlexBasis', [v]);
      this.basis = v;
    }
    setFlexBasisAuto() {
      this.record('flexBasis', 'setFlexBasisAuto', []);
      this.basis = undefined;
    }
    setWidth(v) {
      this.record('width', 'setWidth', [v]);
      this.width = v;
    }
    setWidthAuto() {
      this.record('width', 'setWidthAuto', []);
      this.width = undefined;
    }
    setHeight(v) {
      this.record('height', 'setHeight', [v]);
      this.height = v;
    }
    setHeightAuto() {
      this.record('height', 'setHeightAuto', []);
      this.height = undefined;
    }
    setMargin(edge, v) {
      this.record(`margin${edge}`, 'setMargin', [edge, v]);
      this.margin[edge] = v;
    }
    setPadding(edge, v) {
      this.record(`padding${edge}`, 'setPadding', [edge, v]);
      this.padding[edge] = v;
    }
    setBorder(edge, v) {
      this.record(`border${edge}`, 'setBorder', [edge, v]);
      this.border[edge] = v;
    }
    setDisplay(v) {
      this.record('display', 'setDisplay', [v]);
      this.display = v;
    }
    getDisplay() {
      return this.display;
    }
    setAlignItems(v) {
      this.record('alignItems', 'setAlignItems', [v]);
      this.alignItems = v;
      if (v !== C.ALIGN_STRETCH && v !== C.ALIGN_FLEX_START) this.foreign = true;
    }
    setAlignSelf(v) {
      this.record('alignSelf', 'setAlignSelf', [v]);
      this.alignSelf = v;
      if (v !== C.ALIGN_AUTO && v !== C.ALIGN_STRETCH && v !== C.ALIGN_FLEX_START) this.foreign = true;
    }
    setJustifyContent(v) {
      this.record('justifyContent', 'setJustifyContent', [v]);
      if (v !== C.JUSTIFY_FLEX_START) this.foreign = true;
    }
    setGap(gutter, v) {
      this.record(`gap${gutter}`, 'setGap', [gutter, v]);
      if (v) this.foreign = true;
    }
    setAlignContent(v) {
      // Places lines of wrapped items: none here (a wrap is Yoga's).
      this.record('alignContent', 'setAlignContent', [v]);
    }
    setMinWidth(v) {
      this.record('minWidth', 'setMinWidth', [v]);
      if (v) this.foreign = true;
    }
    setMinHeight(v) {
      this.record('minHeight', 'setMinHeight', [v]);
      if (v) this.foreign = true;
    }
    setMaxWidth(v) {
      this.record('maxWidth', 'setMaxWidth', [v]);
      if (v !== undefined) this.foreign = true;
    }
    setMaxHeight(v) {
      this.record('maxHeight', 'setMaxHeight', [v]);
      if (v !== undefined) this.foreign = true;
    }
    setPositionType(v) {
      this.record('positionType', 'setPositionType', [v]);
      if (v !== C.POSITION_TYPE_RELATIVE) this.foreign = true;
    }

    // Laid out by Yoga only.
    setWidthPercent(v) {
      this.record('width', 'setWidthPercent', [v]);
      this.foreign = true;
    }
    setHeightPercent(v) {
      this.record('height', 'setHeightPercent', [v]);
      this.foreign = true;
    }
    setFlexBasisPercent(v) {
      this.record('flexBasis', 'setFlexBasisPercent', [v]);
      this.foreign = true;
    }
    setMinHeightPercent(v) {
      this.record('minHeight', 'setMinHeightPercent', [v]);
      this.foreign = true;
    }
    setMaxHeightPercent(v) {
      this.record('maxHeight', 'setMaxHeightPercent', [v]);
      this.foreign = true;
    }
    setMinWidthPercent(v) {
      this.record('minWidth', 'setMinWidthPercent', [v]);
      this.foreign = true;
    }
    setMaxWidthPercent(v) {
      this.record('maxWidth', 'setMaxWidthPercent', [v]);
      this.foreign = true;
    }
    setAspectRatio(v) {
      this.record('aspectRatio', 'setAspectRatio', [v]);
      this.foreign = true;
    }
    setPosition(edge, v) {
      this.record(`position${edge}`, 'setPosition', [edge, v]);
      this.foreign = true;
    }
    setPositionPercent(edge, v) {
      this.record(`position${edge}`, 'setPositionPercent', [edge, v]);
      this.foreign = true;
    }

    // --- the tree ---
    insertChild(child, index) {
      child.parent = this;
      this.children.splice(index, 0, child);
    }
    removeChild(child) {
      const i = this.children.indexOf(child);
      if (i >= 0) this.children.splice(i, 1);
      child.parent = undefined;
    }
    getChildCount() {
      return this.children.length;
    }
    getChild(i) {
      return this.children[i];
    }
    getParent() {
      return this.parent;
    }
    setMeasureFunc(fn) {
      this.measureFunc = fn;
      this.measured.clear();
    }
    unsetMeasureFunc() {
      this.measureFunc = undefined;
      this.measured.clear();
    }
    markDirty() {
      this.measured.clear();
    }
    free() {}
    freeRecursive() {
      for (const child of this.children) child.freeRecursive();
    }

    // --- results ---
    getComputedLeft() {
      return this.layout.left;
    }
    getComputedTop() {
      return this.layout.top;
    }
    getComputedWidth() {
      return this.layout.width;
    }
    getComputedHeight() {
      return this.layout.height;
    }
    getComputedLayout() {
      return { ...this.layout, right: 0, bottom: 0 };
    }
    getComputedPadding(edge) {
      return sideOf(this.boxEdges.padding, edge);
    }
    getComputedBorder(edge) {
      return sideOf(this.boxEdges.border, edge);
    }

    calculateLayout(width, height, direction = C.DIRECTION_LTR) {
      try {
        if (
          direction !== C.DIRECTION_LTR ||
          (width !== undefined && !Number.isNaN(width)) ||
          (height !== undefined && !Number.isNaN(height))
        )
          notHere();
        const plan = new Map();
        const w = this.width;
        const h = this.height;
        const m = resolve(this.margin);
        const size = layout(
          this,
          w === undefined ? Number.NaN : w + m.left + m.right,
          w === undefined ? UNDEF : EXACT,
          h === undefined ? Number.NaN : h + m.top + m.bottom,
          h === undefined ? UNDEF : EXACT,
          plan,
        );
        plan.set(this, { left: 0, top: 0, ...size });
        for (const [node, box] of plan) place(node, box);
        zeroHidden(this);
      } catch (err) {
        if (!(err instanceof NotHere)) throw err;
        byYoga(this, width, height, direction);
      }
    }
  }

  function sideOf(sides, edge) {
    if (edge === C.EDGE_LEFT || edge === C.EDGE_START) return sides.left;
    if (edge === C.EDGE_RIGHT || edge === C.EDGE_END) return sides.right;
    if (edge === C.EDGE_TOP) return sides.top;
    if (edge === C.EDGE_BOTTOM) return sides.bottom;
    throw new Error(`yoga-lite: no computed value for edge ${edge} (Ink asks for left, right, top and bottom)`);
  }

  function place(node, box) {
    for (const v of [box.left, box.top, box.width, box.height]) if (!Number.isInteger(v)) notHere();
    node.layout = box;
    node.boxEdges = { padding: resolve(node.padding), border: resolve(node.border) };
  }

  function zeroHidden(node) {
    for (const child of node.children) {
      if (child.display === C.DISPLAY_NONE) hide(child);
      else zeroHidden(child);
    }
  }

  /** Yoga zeroes all of a hidden node's layout, its padding and border too. */
  function hide(node) {
    node.layout = { left: 0, top: 0, width: 0, height: 0 };
    node.boxEdges = { padding: resolve([]), border: resolve([]) };
    for (const child of node.children) hide(child);
  }

  /**
   * Lays `node` out in the room given (margins included; its own width and
   * height are the caller's to give, as flexing may override them), as Yoga's
   * calculateLayoutInternal with those sizing modes; records where its
   * children go in `plan` and returns its own size.
   * @returns {Size}
   */
  function layout(node, availW, wMode, availH, hMode, plan) {
    if (node.foreign) notHere();
    const m = resolve(node.margin);
    const p = resolve(node.padding);
    const b = resolve(node.border);
    const marginW = m.left + m.right;
    const marginH = m.top + m.bottom;
    const edgeW = p.left + p.right + b.left + b.right;
    const edgeH = p.top + p.bottom + b.top + b.bottom;
    const outerW = availW - marginW;
    const outerH = availH - marginH;

    // Yoga sizes a node given no room at most without looking inside it.
    if ((wMode === AT_MOST && outerW <= 0) || (hMode === AT_MOST && outerH <= 0)) notHere();
    if (node.measureFunc && node.children.length === 0) {
      if (wMode === EXACT && hMode === EXACT) return { width: outerW, height: outerH };
      const innerW = wMode === UNDEF ? Number.NaN : Math.max(0, outerW - edgeW);
      const innerH = hMode === UNDEF ? Number.NaN : Math.max(0, outerH - edgeH);
      const key = `${innerW}|${wMode}|${innerH}|${hMode}`;
      let size = node.measured.get(key);
      if (!size) {
        size = node.measureFunc(innerW, wMode, innerH, hMode);
        node.measured.set(key, size);
      }
      return {
        width: wMode === EXACT ? outerW : size.width + edgeW,
        height: hMode === EXACT ? outerH : size.height + edgeH,
      };
    }
    if (node.measureFunc) notHere();

    const row = node.direction === ROW;
    const mainMode = row ? wMode : hMode;
    const crossMode = row ? hMode : wMode;
    const innerMain = mainMode === UNDEF ? Number.NaN : row ? outerW - edgeW : outerH - edgeH;
    const innerCross = crossMode === UNDEF ? Number.NaN : row ? outerH - edgeH : outerW - edgeW;
    if (innerMain < 0 || innerCross < 0) notHere();
    const known = (v) => !Number.isNaN(v);

    const items = node.children.filter((c) => c.display !== C.DISPLAY_NONE);
    const facts = items.map((item) => {
      const im = resolve(item.margin);
      const mMain = row ? im.left + im.right : im.top + im.bottom;
      const mCross = row ? im.top + im.bottom : im.left + im.right;
      const ownMain = row ? item.width : item.height;
      const ownCross = row ? item.height : item.width;
      const align = item.alignSelf === C.ALIGN_AUTO ? node.alignItems : item.alignSelf;
      const stretch = align === C.ALIGN_STRETCH && ownCross === undefined;
      return { item, mMain, mCross, ownMain, ownCross, stretch };
    });

    /** The room an item is given across: exactly the line when it stretches into a known one, else at most what there is. */
    const crossRoom = (f) =>
      f.ownCross !== undefined
        ? [f.ownCross + f.mCross, EXACT]
        : f.stretch && crossMode === EXACT
          ? [innerCross, EXACT]
          : known(innerCross)
            ? [innerCross, AT_MOST]
            : [Number.NaN, UNDEF];
    const run = (f, main, mainM, cross, crossM, into) =>
      row ? layout(f.item, main, mainM, cross, crossM, into) : layout(f.item, cross, crossM, main, mainM, into);
    const mainOf = (s) => (row ? s.width : s.height);
    const crossOf = (s) => (row ? s.height : s.width);

    // Flex bases (Yoga's computeFlexBasisForChild).
    let consumed = 0;
    for (const f of facts) {
      const edges = row ? edgesW(f.item) : edgesH(f.item);
      if (f.item.basis !== undefined && !Number.isNaN(f.item.basis)) f.basis = Math.max(f.item.basis, edges);
      else if (f.ownMain !== undefined) f.basis = Math.max(f.ownMain, edges);
      else {
        const [cross, crossM] = crossRoom(f);
        f.basis = mainOf(run(f, innerMain, known(innerMain) ? AT_MOST : UNDEF, cross, crossM, new Map()));
      }
      consumed += f.basis + f.mMain;
    }

    // Growing and shrinking (Yoga's resolveFlexibleLength), in the cases that come out whole.
    const growth = facts.reduce((sum, f) => sum + f.item.grow, 0);
    if (mainMode !== EXACT && growth > 0) notHere();
    const free = mainMode === EXACT ? innerMain - consumed : mainMode === AT_MOST && consumed > innerMain ? notHere() : 0;
    for (const f of facts) f.main = f.basis;
    if (free > 0 && growth > 0) {
      for (const f of facts) f.main += (free * f.item.grow) / growth;
    } else if (free < 0 && facts.some((f) => f.item.shrink > 0 && f.basis > 0)) notHere();

    // Across: each item at its size, then the line, then the stretched ones again at the line's size.
    const placed = new Map();
    for (const f of facts) {
      const [cross, crossM] = crossRoom(f);
      f.plan = new Map();
      f.size = run(f, f.main + f.mMain, EXACT, cross, crossM, f.plan);
    }
    const line = crossMode === EXACT ? innerCross : Math.max(0, ...facts.map((f) => crossOf(f.size) + f.mCross));
    if (crossMode === AT_MOST && line > innerCross) notHere();
    for (const f of facts) {
      if (f.stretch && crossOf(f.size) !== line - f.mCross) {
        f.plan = new Map();
        f.size = run(f, f.main + f.mMain, EXACT, line, EXACT, f.plan);
      }
    }

    // Where each goes: one after another from the start, at the start across.
    let at = row ? p.left + b.left : p.top + b.top;
    const crossStart = row ? p.top + b.top : p.left + b.left;
    for (const f of facts) {
      const im = resolve(f.item.margin);
      const lead = row ? im.left : im.top;
      const trail = row ? im.right : im.bottom;
      const crossLead = row ? im.top : im.left;
      const main = mainOf(f.size);
      const box = row
        ? { left: at + lead, top: crossStart + crossLead, width: main, height: crossOf(f.size) }
        : { left: crossStart + crossLead, top: at + lead, width: crossOf(f.size), height: main };
      placed.set(f.item, box);
      for (const [n, nb] of f.plan) placed.set(n, nb);
      at += lead + main + trail;
    }
    for (const [n, box] of placed) plan.set(n, box);

    const contentMain = at - (row ? p.left + b.left : p.top + b.top) + (row ? edgeW : edgeH);
    const contentCross = line + (row ? edgeH : edgeW);
    const main = mainMode === EXACT ? (row ? outerW : outerH) : contentMain;
    const cross = crossMode === EXACT ? (row ? outerH : outerW) : contentCross;
    return row ? { width: main, height: cross } : { width: cross, height: main };
  }

  function edgesW(node) {
    const p = resolve(node.padding);
    const b = resolve(node.border);
    return p.left + p.right + b.left + b.right;
  }

  function edgesH(node) {
    const p = resolve(node.padding);
    const b = resolve(node.border);
    return p.top + p.bottom + b.top + b.bottom;
  }

  /** Lays the tree out with the real Yoga, and copies its results back. */
  function byYoga(root, width, height, direction) {
    const Yoga = loadYoga();
    const pairs = [];
    const build = (node) => {
      const real = Yoga.Node.create();
      for (const [method, args] of node.calls.values()) real[method](...args);
      if (node.measureFunc) real.setMeasureFunc(node.measureFunc);
      node.children.forEach((child, i) => {
        real.insertChild(build(child), i);
      });
      pairs.push([node, real]);
      return real;
    };
    const realRoot = build(root);
    try {
      realRoot.calculateLayout(width, height, direction);
      for (const [node, real] of pairs) {
        node.layout = {
          left: real.getComputedLeft(),
          top: real.getComputedTop(),
          width: real.getComputedWidth(),
          height: real.getComputedHeight(),
        };
        const edges = (get) => ({
          left: get(C.EDGE_LEFT),
          right: get(C.EDGE_RIGHT),
          top: get(C.EDGE_TOP),
          bottom: get(C.EDGE_BOTTOM),
        });
        node.boxEdges = { padding: edges((e) => real.getComputedPadding(e)), border: edges((e) => real.getComputedBorder(e)) };
      }
    } finally {
      for (const [, real] of pairs) real.unsetMeasureFunc();
      realRoot.freeRecursive();
    }
  }

  const Config = {
    create() {
      throw new Error('yoga-lite: Ink lays out without a Yoga config');
    },
  };
  return { ...constants, Node, Config };
}
