// Remembers a pure function's answers for the strings of the last few frames:
// most lines of a frame were in the one before. Cleared when full, which costs
// one frame of recomputing.

/**
 * @template T
 * @param {(text: string) => T} fn
 * @returns {(text: string) => T}
 */
export function memoised(fn, max = 2000) {
  const answers = new Map();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      if (answers.size >= max) answers.clear();
      answer = fn(text);
      answers.set(text, answer);
    }
    return answer;
  };
}
