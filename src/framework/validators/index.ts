export type { Validator } from './validator.js';
export { oneOf, matches, lengthBetween } from './string-validators.js';
export { intBetween } from './number-validators.js';
export { eachElement, uniqueElements } from './collection-validators.js';
