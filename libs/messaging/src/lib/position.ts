/** A message's place in a topic: its partition and its offset (a decimal string, as Kafka gives it). */
export interface Position {
  partition: number;
  offset: string;
}

/** Orders positions by partition, then offset: the order in which a topic is read. */
export const byPosition = (a: Position, b: Position): number => {
  if (a.partition !== b.partition) return a.partition - b.partition;
  const x = BigInt(a.offset);
  const y = BigInt(b.offset);
  return x < y ? -1 : x > y ? 1 : 0;
};
