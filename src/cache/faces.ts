// A remembered debate opens with its actors as the entry's head names them
// (id, names, people, file) and revives each actor's face (its positions,
// stances and claims) the first time something reads them: the first frame of
// a 1,000-actor debate shows a handful of actors, and reviving all of them
// before it cost more than everything else the start does. Until then an
// actor's `positions` and `byIssue`, and the model's `positions`, are
// stand-ins: the first use of any of them revives what it needs, and after
// that they answer as the plain array and maps the load builds.
import type { Actor, Position } from '../model/types.js';

const TRAPS = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'set', 'deleteProperty', 'defineProperty'] as const;

/**
 * A Map that runs `wake` before any use, until `wake` is let go (a Proxy of a
 * Map would not do: its methods need the real Map as `this`). Its
 * `constructor` is Map's, so it compares equal to the map the load builds.
 */
class WakingMap<K, V> extends Map<K, V> {
  constructor(private wake: ((key: K | undefined, all: boolean) => void) | undefined) {
    super();
  }
  /** Needs no more waking. */
  awake(): void {
    this.wake = undefined;
  }
  override get(key: K): V | undefined {
    this.wake?.(key, false);
    return super.get(key);
  }
  override has(key: K): boolean {
    this.wake?.(key, false);
    return super.has(key);
  }
  override get size(): number {
    this.wake?.(undefined, true);
    return super.size;
  }
  override set(key: K, value: V): this {
    this.wake?.(undefined, true);
    return super.set(key, value);
  }
  override delete(key: K): boolean {
    this.wake?.(undefined, true);
    return super.delete(key);
  }
  override clear(): void {
    this.wake?.(undefined, true);
    super.clear();
  }
  override forEach(each: (value: V, key: K, map: Map<K, V>) => void, self?: unknown): void {
    this.wake?.(undefined, true);
    super.forEach(each, self);
  }
  override entries(): MapIterator<[K, V]> {
    this.wake?.(undefined, true);
    return super.entries();
  }
  override keys(): MapIterator<K> {
    this.wake?.(undefined, true);
    return super.keys();
  }
  override values(): MapIterator<V> {
    this.wake?.(undefined, true);
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
Object.defineProperty(WakingMap.prototype, 'constructor', { value: Map });

const put = <K, V>(map: Map<K, V>, key: K, value: V) => Map.prototype.set.call(map, key, value);

/**
 * The actors `shells` (as the head holds them: no positions yet) and the
 * model's positions by key, each actor's positions revived by `revive(i)`
 * when first read. `revive` returns the actor's positions (each keyed
 * `<actor id>/<position id>`), or undefined when its record is damaged: the
 * actor then has none, and `damaged(actor)` tells why.
 */
export function lazyFaces(
  shells: Actor[],
  revive: (i: number) => Position[] | undefined,
  damaged: (actor: Actor) => void,
): Map<string, Position> {
  const index = new Map(shells.map((a, i) => [a.id, i]));
  const lists: Position[][] = shells.map(() => []);
  const revived: boolean[] = shells.map(() => false);
  let complete = false;
  const wake = (i: number) => {
    if (revived[i]) return;
    revived[i] = true;
    const actor = shells[i] as Actor;
    const list = lists[i] as Position[];
    let positions: Position[] | undefined;
    try {
      positions = revive(i);
    } catch {
      positions = undefined;
    }
    const sound = positions?.every((p) => p.actorId === actor.id && p.key === `${actor.id}/${p.id}`);
    if (positions && sound) list.push(...positions);
    for (const p of list) {
      put(actor.byIssue, p.issueId, p);
      if (!complete) put(positions$, p.key, p);
    }
    (actor.byIssue as WakingMap<string, Position>).awake();
    actor.positions = list;
    if (!positions || !sound) damaged(actor);
  };
  // The model's positions: a key names its actor (actor ids have no "/"); a walk over all of them wakes every actor, in order.
  const positions$ = new WakingMap<string, Position>((key, all) => {
    if (complete) return;
    if (!all) {
      const slash = typeof key === 'string' ? key.indexOf('/') : -1;
      const i = slash < 0 ? undefined : index.get((key as string).slice(0, slash));
      if (i !== undefined) wake(i);
      return;
    }
    for (let i = 0; i < shells.length; i++) wake(i);
    complete = true;
    // As resolve.ts builds it: every position, by key, in actor order.
    Map.prototype.clear.call(positions$);
    for (const list of lists) for (const p of list) put(positions$, p.key, p);
    positions$.awake();
  });
  // One handler for every actor's stand-in list (a debate has thousands): the list it is given names the actor.
  const owner = new Map<Position[], number>(lists.map((list, i) => [list, i]));
  const first: ProxyHandler<Position[]> = Object.fromEntries(
    TRAPS.map((trap) => [
      trap,
      (list: Position[], ...args: unknown[]) => {
        wake(owner.get(list) as number);
        return (Reflect[trap] as (...a: unknown[]) => unknown)(list, ...args);
      },
    ]),
  );
  shells.forEach((actor, i) => {
    actor.positions = new Proxy(lists[i] as Position[], first);
    actor.byIssue = new WakingMap<string, Position>(() => wake(i));
  });
  return positions$;
}
