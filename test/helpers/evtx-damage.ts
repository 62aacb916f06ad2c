/**
 * Damage placed by the file's own structure ([MS-EVEN6] 2.2: file header, 64 KB chunks, records of
 * a template instance and its values), walked here independently of the reader under test.
 */

const FILE_HEADER = 4096;
const CHUNK_HEADER = 512;
const RECORD_HEADER = 24;
const BINXML = 0x21;

/**
 * Where the BinXml value (the EventData or UserData a template substitutes) of the first chunk's
 * `index`th record starts: the record's fragment header, its template instance (with the template
 * inline the first time), the value descriptors, then the values.
 */
export function eventDataOffset(file: Uint8Array, index: number): number {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const chunk = FILE_HEADER;
  let record = chunk + CHUNK_HEADER;
  for (let i = 0; i < index; i++) record += view.getUint32(record + 4, true);
  if (view.getUint32(record, true) !== 0x2a2a) throw new Error('no record there');
  const instance = record + RECORD_HEADER + 4; // past the fragment header (0x0f 01 01 00)
  if (file[instance] !== 0x0c) throw new Error('the record is not a template instance');
  const template = view.getUint32(instance + 6, true);
  let at = instance + 10;
  if (template === at - chunk) at += 24 + view.getUint32(at + 20, true);
  const count = view.getUint32(at, true);
  at += 4;
  let value = at + 4 * count;
  for (let i = 0; i < count; i++) {
    if (file[at + 4 * i + 2] === BINXML) return value;
    value += view.getUint16(at + 4 * i, true);
  }
  throw new Error('the record has no BinXml value');
}
