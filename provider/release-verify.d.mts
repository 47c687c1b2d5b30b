/** Types of provider/release-verify.mjs, for the tests that import it. */
export interface NodePin {
  readonly archive?: string;
  readonly archiveSha256?: string | null;
  readonly binarySha256?: string | null;
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
