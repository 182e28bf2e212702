// The bundle's stand-in for Yoga (scripts/bundle/yoga-lite.mjs) must lay out
// every tree as Yoga does: the same trees, built as Ink builds them, are laid
// out by both and every node's box compared. The screens standpoint draws must
// be laid out without Yoga at all (that is the point of it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Yoga from 'yoga-layout';
import { liteYoga } from '../../scripts/bundle/yoga-lite.mjs';

type Api = typeof Yoga;
type YNode = ReturnType<Api['Node']['create']>;

let yogaLoads = 0;
const Lite = liteYoga(Yoga as unknown as Record<string, number>, () => {
  yogaLoads++;
  return Yoga;
});

interface Spec {
  kind: 'box' | 'text';
  /** For text: its width and height unwrapped; it truncates to the width it is given, as Ink's truncate-end does. */
  text?: { width: number; height: number };
  row?: boolean;
  width?: number;
  height?: number;
  grow?: number;
  shrink?: number;
  margin?: [number, number, number, number];
  padding?: [number, number, number, number];
  border?: boolean;
  alignItems?: 'stretch' | 'flex-start' | 'center';
  hidden?: boolean;
  children?: Spec[];
}

/** The calls Ink's styles.js and dom.js make for a Box or a Text with these props. */
function build(api: Api, spec: Spec): YNode {
  const node = api.Node.create();
  if (spec.kind === 'text') {
    node.setFlexGrow(0);
    node.setFlexShrink(1);
    node.setFlexDirection(api.FLEX_DIRECTION_ROW);
    const t = spec.text ?? { width: 0, height: 1 };
    node.setMeasureFunc((width, widthMode) =>
      widthMode === api.MEASURE_MODE_UNDEFINED || t.width <= width ? { ...t } : { width, height: t.height },
    );
    return node;
  }
  node.setFlexWrap(api.WRAP_NO_WRAP);
  node.setFlexDirection(spec.row ? api.FLEX_DIRECTION_ROW : api.FLEX_DIRECTION_COLUMN);
  node.setFlexGrow(spec.grow ?? 0);
  node.setFlexShrink(spec.shrink ?? 1);
  if (spec.width !== undefined) node.setWidth(spec.width);
  if (spec.height !== undefined) node.setHeight(spec.height);
  if (spec.margin) {
    node.setMargin(api.EDGE_START, spec.margin[0]);
    node.setMargin(api.EDGE_END, spec.margin[1]);
    node.setMargin(api.EDGE_TOP, spec.margin[2]);
    node.setMargin(api.EDGE_BOTTOM, spec.margin[3]);
  }
  if (spec.padding) {
    node.setPadding(api.EDGE_LEFT, spec.padding[0]);
    node.setPadding(api.EDGE_RIGHT, spec.padding[1]);
    node.setPadding(api.EDGE_TOP, spec.padding[2]);
    node.setPadding(api.EDGE_BOTTOM, spec.padding[3]);
  }
  if (spec.border) for (const e of [api.EDGE_TOP, api.EDGE_BOTTOM, api.EDGE_LEFT, api.EDGE_RIGHT]) node.setBorder(e, 1);
  if (spec.alignItems)
    node.setAlignItems({ stretch: api.ALIGN_STRETCH, 'flex-start': api.ALIGN_FLEX_START, center: api.ALIGN_CENTER }[spec.alignItems]);
  if (spec.hidden) node.setDisplay(api.DISPLAY_NONE);
  (spec.children ?? []).forEach((child, i) => {
    node.insertChild(build(api, child), i);
  });
  return node;
}

/** Ink's root: its width set to the terminal's, its height left to the content. */
function laidOut(api: Api, specs: Spec[], cols: number): number[][] {
  const root = api.Node.create();
  specs.forEach((s, i) => {
    root.insertChild(build(api, s), i);
  });
  root.setWidth(cols);
  root.calculateLayout(undefined, undefined, api.DIRECTION_LTR);
  const out: number[][] = [];
  const walk = (n: YNode) => {
    out.push([
      n.getComputedLeft(),
      n.getComputedTop(),
      n.getComputedWidth(),
      n.getComputedHeight(),
      n.getComputedPadding(api.EDGE_LEFT),
      n.getComputedBorder(api.EDGE_TOP),
    ]);
    for (let i = 0; i < n.getChildCount(); i++) walk(n.getChild(i));
  };
  walk(root);
  return out;
}

const text = (width: number, height = 1): Spec => ({ kind: 'text', text: { width, height } });

/** ScreenFrame (src/tui/components/ScreenFrame.tsx): header, lines, a spacer, footer. */
function screen(cols: number, rows: number, lines: number, widths: (i: number) => number): Spec {
  return {
    kind: 'box',
    width: cols,
    height: rows - 1,
    children: [
      text(cols),
      { kind: 'box', shrink: 0, children: Array.from({ length: lines }, (_, i) => text(widths(i))) },
      { kind: 'box', row: true, grow: 1 },
      text(cols - 3),
    ],
  };
}

describe('the layout that stands in for Yoga', () => {
  it('lays out the frame every screen shares exactly as Yoga, without loading it', () => {
    for (const [cols, rows] of [
      [60, 20],
      [100, 30],
      [200, 50],
    ] as const) {
      const spec = screen(cols, rows, rows - 6, (i) => (i * 7) % cols);
      const before = yogaLoads;
      expect(laidOut(Lite, [spec], cols)).toEqual(laidOut(Yoga, [spec], cols));
      // With a banner above it (Banner.tsx).
      const banner: Spec = { kind: 'box', shrink: 0, children: [text(cols), spec] };
      expect(laidOut(Lite, [banner], cols)).toEqual(laidOut(Yoga, [banner], cols));
      expect(yogaLoads).toBe(before);
    }
  });

  it('lays out the list of debates (rows with a margin) as Yoga does', () => {
    const row = (name: number, title: number): Spec => ({
      kind: 'box',
      row: true,
      children: [{ kind: 'box', row: true, margin: [0, 1, 0, 0], children: [text(name)] }, text(title)],
    });
    const picker: Spec = {
      kind: 'box',
      width: 80,
      height: 23,
      children: [text(40), { kind: 'box', height: 20, children: [row(8, 30), row(12, 50), row(3, 90)] }, text(0), text(70)],
    };
    expect(laidOut(Lite, [picker], 80)).toEqual(laidOut(Yoga, [picker], 80));
  });

  it('lays out any tree of boxes and texts as Yoga does, by Yoga when it must', () => {
    const spec: fc.Memo<Spec> = fc.memo((depth) =>
      depth <= 1
        ? fc.record<Spec>({
            kind: fc.constant('text' as const),
            text: fc.record({ width: fc.nat(30), height: fc.integer({ min: 1, max: 3 }) }),
          })
        : fc.oneof(
            { weight: 1, arbitrary: spec(1) },
            {
              weight: 2,
              arbitrary: fc.record(
                {
                  kind: fc.constant('box' as const),
                  row: fc.boolean(),
                  width: fc.option(fc.nat(40), { nil: undefined }),
                  height: fc.option(fc.nat(12), { nil: undefined }),
                  grow: fc.constantFrom(0, 0, 1, 2),
                  shrink: fc.constantFrom(0, 1),
                  margin: fc.option(fc.tuple(fc.nat(2), fc.nat(2), fc.nat(1), fc.nat(1)), { nil: undefined }),
                  padding: fc.option(fc.tuple(fc.nat(2), fc.nat(2), fc.nat(1), fc.nat(1)), { nil: undefined }),
                  border: fc.boolean(),
                  alignItems: fc.option(fc.constantFrom('stretch' as const, 'flex-start' as const, 'center' as const), { nil: undefined }),
                  hidden: fc.constantFrom(false, false, false, true),
                  children: fc.array(spec(depth - 1), { maxLength: 4 }),
                },
                { requiredKeys: ['kind', 'children'] },
              ),
            },
          ),
    );
    let byLite = 0;
    const runs = 3000;
    fc.assert(
      fc.property(fc.array(spec(4), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 60 }), (specs, cols) => {
        const before = yogaLoads;
        expect(laidOut(Lite, specs, cols)).toEqual(laidOut(Yoga, specs, cols));
        if (yogaLoads === before) byLite++;
      }),
      { numRuns: runs },
    );
    // A third of these trees are laid out here, not handed to Yoga (else this would compare Yoga with itself).
    expect(byLite / runs).toBeGreaterThan(0.25);
  });
});
