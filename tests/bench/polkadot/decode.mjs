// Peer side of bench_scale_decode: decodes recorded runtime-API results with @polkadot/types,
// driven by the same metadata the C++ decoder uses, and prints one JSON document on stdout:
//   {"peer": "@polkadot/types 16.5.6", "node": "v20…", "blobs": [{name, type, bytes, consumed,
//    runs, cpu_us_per_decode, wall_us_per_decode (medians), value}]}
//
// Usage: node decode.mjs <chain-fixtures dir> <min seconds per blob> <name>=<scenario>:<exchange> …
//
// Fairness: the type registry is built once per metadata file, and the first decode of each blob
// (which makes @polkadot/types build its codec classes) and a warm-up happen before the timed
// loop; only createType on the bytes is timed.
//
// `value` is written in the conventions of chain-fixtures/peer_decoded.json (Rust field names,
// SS58 prefix 42, byte vectors as 0x hex, integers above 2^53-1 as decimal strings) so the C++
// side can compare it with its own tree field by field. toJSON alone cannot give that: it
// camel-cases field names and writes large integers as hex, so the codec tree is walked alongside
// the metadata type of each node instead; leaves still use the codecs' own conversions.

import { Metadata, TypeRegistry, packageInfo } from '@polkadot/types';
import { compactFromU8a, hexToU8a, u8aToHex } from '@polkadot/util';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

// Library logging must not end up in the JSON on stdout. The registry's note about Subtensor's
// own signed extensions is dropped: no extrinsic is built here.
console.log = console.warn = console.info = (...a) => {
  const line = a.join(' ');
  if (!line.includes('Unknown signed extensions')) process.stderr.write(line + '\n');
};

const META_MAGIC = 0x6174656d; // "meta", little endian

function metadataBytes(hex) {
  const b = hexToU8a(hex);
  const magic = (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
  if (magic === META_MAGIC) return b; // state_getMetadata
  // Metadata_metadata_at_version: Option<OpaqueMetadata> = 0x01 + compact length + bytes
  if (b[0] !== 1) throw new Error('metadata: neither raw nor Some(opaque metadata)');
  const [offset, length] = compactFromU8a(b.subarray(1));
  return b.subarray(1 + offset, 1 + offset + Number(length));
}

const registries = new Map();
function registryFor(path) {
  if (!registries.has(path)) {
    const registry = new TypeRegistry();
    const metadata = new Metadata(registry, metadataBytes(JSON.parse(readFileSync(path, 'utf8')).result));
    registry.setMetadata(metadata);
    registries.set(path, { registry, metadata });
  }
  return registries.get(path);
}

function outputType(metadata, api, method) {
  const a = metadata.asLatest.apis.find((x) => x.name.toString() === api);
  const m = a && a.methods.find((x) => x.name.toString() === method);
  if (!m) throw new Error(`runtime API ${api}.${method} not in the metadata`);
  return m.output.toNumber();
}

// ---- codec tree -> fixture-convention JSON ----
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
function integer(codec) {
  const n = codec.toBigInt();
  return n <= MAX_SAFE && n >= -MAX_SAFE ? Number(n) : n.toString();
}

function isU8(lookup, id) {
  const d = lookup.getSiType(id).def;
  return d.isPrimitive && d.asPrimitive.type === 'U8';
}

function fields(lookup, defs, codec, valueOf) {
  if (defs.length === 0) return null;
  if (defs[0].name.isNone) {
    // one unnamed field is transparent in @polkadot/types (and in our tree); several form a tuple
    if (defs.length === 1) return valueOf(codec, defs[0].type.toNumber());
    return defs.map((f, i) => valueOf(codec[i], f.type.toNumber()));
  }
  const values = [...codec.values()]; // Struct is a Map in definition (wire) order
  if (values.length !== defs.length) throw new Error('struct field count differs from the metadata');
  const out = {};
  defs.forEach((f, i) => { out[f.name.unwrap().toString()] = valueOf(values[i], f.type.toNumber()); });
  return out;
}

function plain(lookup, codec, id) {
  const si = lookup.getSiType(id);
  const def = si.def;
  const path = si.path.map((p) => p.toString());
  const valueOf = (c, t) => plain(lookup, c, t);
  if (def.isComposite) {
    if (path[path.length - 1] === 'AccountId32') return codec.toJSON(); // SS58 with prefix 42
    if (path.length === 1 && path[0] === 'BTreeMap')
      throw new Error('BTreeMap values are not expected in these blobs');
    return fields(lookup, def.asComposite.fields, codec, valueOf);
  }
  if (def.isVariant) {
    const variants = def.asVariant.variants;
    if (path.length === 1 && path[0] === 'Option') {
      if (codec.isNone) return null;
      return valueOf(codec.unwrap(), si.params[0].type.unwrap().toNumber());
    }
    const v = variants.find((x) => x.name.toString() === codec.type);
    if (!v) throw new Error(`variant ${codec.type} not in the metadata`);
    if (v.fields.length === 0) return codec.type;
    return { [codec.type]: fields(lookup, v.fields, codec.inner, valueOf) };
  }
  if (def.isSequence || def.isArray) {
    const elem = (def.isSequence ? def.asSequence.type : def.asArray.type).toNumber();
    if (isU8(lookup, elem)) return u8aToHex(codec.toU8a(true));
    return [...codec].map((c) => valueOf(c, elem));
  }
  if (def.isTuple) {
    const types = def.asTuple.map((t) => t.toNumber());
    if (types.length === 0) return null;
    return types.map((t, i) => valueOf(codec[i], t));
  }
  if (def.isCompact) return integer(codec.unwrap());
  if (def.isPrimitive) {
    const p = def.asPrimitive.type;
    if (p === 'Bool') return codec.isTrue;
    if (p === 'Str' || p === 'Char') return codec.toString();
    return integer(codec);
  }
  if (def.isBitSequence) return codec.toHex();
  throw new Error(`type ${id}: unsupported definition ${def.type}`);
}

const cpuSeconds = (u) => (u.user + u.system) / 1e6;

function median(values) {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

// ---- main ----
const [fixtures, minSecondsArg, ...specs] = process.argv.slice(2);
if (!fixtures || !specs.length) {
  process.stderr.write('usage: node decode.mjs <chain-fixtures dir> <min seconds> <name>=<scenario>:<exchange> ...\n');
  process.exit(2);
}
const minSeconds = Number(minSecondsArg);

const report = { peer: `@polkadot/types ${packageInfo.version}`, node: process.version, blobs: [] };

for (const spec of specs) {
  const [name, where] = spec.split('=');
  const [scenario, index] = where.split(':');
  const rpc = JSON.parse(readFileSync(`${fixtures}/${scenario}/rpc.json`, 'utf8'));
  const ex = rpc.exchanges[Number(index)];
  const { registry, metadata } = registryFor(`${fixtures}/${rpc.metadata}`);
  const typeId = outputType(metadata, ex.decode.api, ex.decode.method);
  const typeName = registry.createLookupType(typeId);
  const bytes = hexToU8a(ex.response.result);

  // Untimed first decode: builds the codec classes, gives the values and the consumed length.
  const first = registry.createType(typeName, bytes);
  const value = plain(registry.lookup, first, typeId);
  const consumed = first.initialU8aLength ?? first.encodedLength;

  // Untimed warm-up (at least 3 decodes and min-seconds of CPU time) so V8 has optimised the
  // codec paths before the timed loop: on the smaller blobs the first dozens of decodes are
  // several times slower than the steady state.
  const warm0 = process.cpuUsage();
  for (let i = 0; i < 3 || cpuSeconds(process.cpuUsage(warm0)) < minSeconds; ++i)
    registry.createType(typeName, bytes);

  // Per call: process CPU time (the machine may be shared) and wall time, both in µs.
  const cpu = [];
  const wall = [];
  let total = 0;
  while (total < minSeconds * 1e6 || wall.length < 5) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    registry.createType(typeName, bytes);
    const dt = (performance.now() - t0) * 1000;
    const c = process.cpuUsage(c0);
    cpu.push(c.user + c.system);
    wall.push(dt);
    total += dt;
  }
  report.blobs.push({
    name, type: registry.lookup.getTypeDef(typeId).type, bytes: bytes.length, consumed,
    runs: wall.length, cpu_us_per_decode: median(cpu), wall_us_per_decode: median(wall), value,
  });
}
process.stdout.write(JSON.stringify(report));
