// The forest is computed once per loaded model: every view and export of the
// same model shares one result, and a reload (a new model) starts afresh.
import type { Model } from '../model/types.js';

export function memoOnModel<T>(compute: (model: Model) => T): (model: Model) => T {
  const cache = new WeakMap<Model, T>();
  return (model) => {
    let value = cache.get(model);
    if (value === undefined) {
      value = compute(model);
      cache.set(model, value);
    }
    return value;
  };
}
