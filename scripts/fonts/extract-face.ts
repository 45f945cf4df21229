/**
 * Copies one face out of an OpenType collection (.ttc) into a standalone font file, so that the subsetter,
 * which reads the first face of whatever it is given, sees the face we want.
 */
export function extractFace(collection: Buffer, postscriptName: string, nameOf: (face: Buffer) => string): Buffer {
  if (collection.toString('latin1', 0, 4) !== 'ttcf') throw new Error('not a font collection');
  const count = collection.readUInt32BE(8);
  for (let i = 0; i < count; i++) {
    const face = standaloneFace(collection, collection.readUInt32BE(12 + 4 * i));
    if (nameOf(face) === postscriptName) return face;
  }
  throw new Error(`no face named ${postscriptName} in the collection`);
}

function standaloneFace(collection: Buffer, offset: number): Buffer {
  const numTables = collection.readUInt16BE(offset + 4);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const record = offset + 12 + 16 * i;
    return {
      tag: collection.subarray(record, record + 4),
      checksum: collection.readUInt32BE(record + 4),
      data: collection.subarray(collection.readUInt32BE(record + 8), collection.readUInt32BE(record + 8) + collection.readUInt32BE(record + 12)),
    };
  });
  const headerLength = 12 + 16 * numTables;
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(headerLength + tables.reduce((sum, t) => sum + padded(t.data.length), 0));
  collection.copy(out, 0, offset, offset + 12);
  let position = headerLength;
  tables.forEach((table, i) => {
    const record = 12 + 16 * i;
    table.tag.copy(out, record);
    out.writeUInt32BE(table.checksum, record + 4);
    out.writeUInt32BE(position, record + 8);
    out.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(out, position);
    position += padded(table.data.length);
  });
  return out;
}
