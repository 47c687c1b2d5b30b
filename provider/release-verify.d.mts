/** Types of provider/release-verify.mjs, for the tests that import it. */
export interface NodePin {
  readonly archive?: string;
  readonly archiveSha256?: string | null;
  readonly binarySha256?: string | null;
  /** Where a pin that is not from the signed SHASUMS256.txt came from. */
  readonly source?: string;
  /** The npm registry's `dist.integrity` of the package the binary was taken from. */
  readonly npmIntegrity?: string;
}
export interface NodePins {
  readonly versions: Readonly<Record<string, Readonly<Record<string, NodePin>>>>;
}
export type Verdict =
  | { readonly ok: true; readonly sha256: string; readonly reason?: undefined }
  | { readonly ok: false; readonly reason: string };

export const DEFAULT_PINS_FILE: string;
export function sha256File(file: string): string;
export function loadNodePins(file?: string): NodePins;
export function verifyNodeBinary(input: {
  path: string;
  target: string;
  version: string;
  pins: NodePins;
}): Verdict;
export function signFile(input: { file: string; key: string; homedir?: string }): string;
export function verifySignature(input: { file: string; sig: string; homedir?: string }): void;
export function clearSignedText(asc: string): string;
export function shasumFor(text: string, name: string): string | undefined;
export function pinFromOfficialRelease(input: {
  target: string;
  shasumsAsc: string;
  archive: string;
  homedir?: string;
}): { version: string | undefined; pin: Required<NodePin> };
export const NODE_NPM_PACKAGE: Readonly<Record<string, string>>;
export function integrityOf(file: string): string;
export function pinFromNpmPackage(input: {
  target: string;
  version: string;
  tarball: string;
  integrity: string;
}): { archive: string; source: string; npmIntegrity: string; binarySha256: string };
