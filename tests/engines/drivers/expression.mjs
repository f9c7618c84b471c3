/** A function and its arguments as one expression, which every engine's protocol can evaluate
 * in the page (its value is awaited if it is a promise). */
export function expression(fn, args = []) {
  return `(${fn})(...${JSON.stringify(args)})`;
}
