import { LITTLE_ENDIAN } from './tokenize';

/** A table of a packed file: the typed arrays the engine reads in place. */
export type Table = Int32Array | Uint16Array | Uint8Array;

/** Per table: where its bytes start, and its number of elements. */
export type TableLayout = Record<string, [number, number]>;

export type TableKind<T extends Table> = { new (b: ArrayBufferLike, o: number, n: number): T; new (n: number): T; BYTES_PER_ELEMENT: number };

/**
 * Tables as little-endian bytes, in the order given, each starting on a multiple of 8 bytes (so that it can be read in
 * place, as a view of the file's one buffer), and where each is.
 */
export function packTables(arrays: Record<string, Table>): { layout: TableLayout; bytes: Uint8Array } {
  const layout: TableLayout = {};
  let size = 0;
  for (const [name, a] of Object.entries(arrays)) {
    layout[name] = [size, a.length];
    size += (a.byteLength + 7) & ~7;
  }
  const bytes = new Uint8Array(size);
  for (const [name, a] of Object.entries(arrays)) {
    const width = a.BYTES_PER_ELEMENT;
    const at = layout[name][0];
    for (let i = 0; i < a.length; i++) for (let k = 0; k < width; k++) bytes[at + i * width + k] = (a[i] >>> (8 * k)) & 0xff;
  }
  return { layout, bytes };
}

/** One table of packed bytes: a view of them where the machine is little-endian and the bytes aligned, else a copy. */
export function tableAt<T extends Table>(bytes: Uint8Array, layout: TableLayout, name: string, kind: TableKind<T>): T {
  const entry = layout[name];
  if (entry === undefined) throw new Error(`packed tables: no table ${name}`);
  const [at, n] = entry;
  const width = kind.BYTES_PER_ELEMENT;
  if (at + n * width > bytes.length) throw new Error(`packed tables: ${name} runs past the end (${bytes.length} bytes)`);
  if (LITTLE_ENDIAN && (bytes.byteOffset + at) % width === 0) return new kind(bytes.buffer, bytes.byteOffset + at, n);
  const out = new kind(n);
  for (let i = 0; i < n; i++) {
    let v = 0;
    for (let k = 0; k < width; k++) v |= bytes[at + i * width + k] << (8 * k);
    out[i] = v;
  }
  return out;
}

/**
 * A short stable digest of a JSON-able value (FNV-1a 32-bit of its JSON, hex): tables precomputed from engine constants
 * carry the digest of those constants, and are used only while the digest of the running engine's constants is the same.
 */
export function digestOf(value: unknown): string {
  const s = JSON.stringify(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
}
