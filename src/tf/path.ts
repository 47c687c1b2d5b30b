/**
 * Attribute paths: immutable, built step by step (`AttrPath.root('a').attr('b').index(0)`).
 * Set elements cannot be addressed (as in Terraform).
 */
export type PathStep = { readonly attr: string } | { readonly key: string } | { readonly index: number };

export class AttrPath {
  private constructor(readonly steps: readonly PathStep[]) {}

  static readonly empty = new AttrPath([]);

  static root(name: string): AttrPath {
    return new AttrPath([{ attr: name }]);
  }

  attr(name: string): AttrPath {
    return new AttrPath([...this.steps, { attr: name }]);
  }

  key(key: string): AttrPath {
    return new AttrPath([...this.steps, { key }]);
  }

  index(index: number): AttrPath {
    return new AttrPath([...this.steps, { index }]);
  }

  get isEmpty(): boolean {
    return this.steps.length === 0;
  }

  /** Human form, as Terraform prints it: `a.b[0]["k"]`. */
  toString(): string {
    return this.steps
      .map((s, i) => {
        if ('attr' in s) return i === 0 ? s.attr : `.${s.attr}`;
        if ('key' in s) return `[${JSON.stringify(s.key)}]`;
        return `[${s.index}]`;
      })
      .join('');
  }
}
