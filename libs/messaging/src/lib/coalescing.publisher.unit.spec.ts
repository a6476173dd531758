import { CoalescingPublisher } from './coalescing.publisher';
import type { EventPublisher, OutboundMessage } from './kafka.port';

/** An in-memory EventPublisher of ours that records each send and lets the test finish it. */
class RecordingPublisher implements EventPublisher {
  sends: Array<{ batches: Array<{ topic: string; keys: Array<string | null> }>; finish: (error?: Error) => void }> = [];
  publish(topic: string, messages: OutboundMessage[]): Promise<void> {
    return this.publishMany([{ topic, messages }]);
  }
  publishMany(batches: ReadonlyArray<{ topic: string; messages: OutboundMessage[] }>): Promise<void> {
    return new Promise((resolve, reject) => {
      this.sends.push({
        batches: batches.map((b) => ({ topic: b.topic, keys: b.messages.map((m) => m.key) })),
        finish: (error) => (error ? reject(error) : resolve()),
      });
    });
  }
  connect = async (): Promise<void> => undefined;
  disconnect = async (): Promise<void> => undefined;
}

const msg = (key: string): OutboundMessage => ({ key, value: key });
const tick = () => new Promise((r) => setImmediate(r));

describe('CoalescingPublisher', () => {
  it('Given publishes arriving while a send is in flight, Then they travel together in the next send, each resolving after its ack', async () => {
    const inner = new RecordingPublisher();
    const publisher = new CoalescingPublisher(inner);
    const settled: string[] = [];
    const first = publisher.publish('t', [msg('a')]).then(() => settled.push('a'));
    await tick();
    const second = publisher.publish('t', [msg('b'), msg('c')]).then(() => settled.push('bc'));
    const third = publisher.publish('u', [msg('d')]).then(() => settled.push('d'));
    await tick();
    expect(inner.sends).toHaveLength(1);

    inner.sends[0].finish();
    await first;
    await tick();
    expect(inner.sends).toHaveLength(2);
    expect(inner.sends[1].batches).toEqual([
      { topic: 't', keys: ['b', 'c'] },
      { topic: 'u', keys: ['d'] },
    ]);
    expect(settled).toEqual(['a']);

    inner.sends[1].finish();
    await Promise.all([second, third]);
    expect(settled).toEqual(['a', 'bc', 'd']);
  });

  it('Given a send that fails, Then exactly its callers reject and later publishes still go out', async () => {
    const inner = new RecordingPublisher();
    const publisher = new CoalescingPublisher(inner);
    const failed = publisher.publish('t', [msg('x')]);
    await tick();
    inner.sends[0].finish(new Error('broker down'));
    await expect(failed).rejects.toThrow('broker down');

    const later = publisher.publish('t', [msg('y')]);
    await tick();
    inner.sends[1].finish();
    await expect(later).resolves.toBeUndefined();
  });

  it('Given more queued messages than the cap, Then a send takes whole callers up to the cap', async () => {
    const inner = new RecordingPublisher();
    const publisher = new CoalescingPublisher(inner, 3);
    const all = [publisher.publish('t', [msg('1')])];
    await tick();
    all.push(publisher.publish('t', [msg('2'), msg('3')]), publisher.publish('t', [msg('4'), msg('5')]));
    inner.sends[0].finish();
    await tick();
    expect(inner.sends[1].batches[0].keys).toEqual(['2', '3']);
    inner.sends[1].finish();
    await tick();
    expect(inner.sends[2].batches[0].keys).toEqual(['4', '5']);
    inner.sends[2].finish();
    await Promise.all(all);
  });

  it('Given a linger, When publishes trickle in one by one, Then they wait for each other and travel in one send', async () => {
    const inner = new RecordingPublisher();
    let wake: () => void = () => undefined;
    const lingering = new Promise<void>((r) => (wake = r));
    const publisher = new CoalescingPublisher(inner, 2000, 10, () => lingering);
    const done = [publisher.publish('t', [msg('a')]), publisher.publish('t', [msg('b')])];
    await tick();
    expect(inner.sends).toHaveLength(0); // lingering
    done.push(publisher.publish('t', [msg('c')]));
    wake();
    await tick();
    expect(inner.sends.map((s) => s.batches)).toEqual([[{ topic: 't', keys: ['a', 'b', 'c'] }]]);
    inner.sends[0].finish();
    await Promise.all(done);
  });

  it('Given a linger and a full send queued, When it starts, Then it does not wait', async () => {
    const inner = new RecordingPublisher();
    const publisher = new CoalescingPublisher(inner, 2, 10, () => new Promise<void>(() => undefined));
    const done = publisher.publish('t', [msg('a'), msg('b')]);
    await tick();
    expect(inner.sends).toHaveLength(1);
    inner.sends[0].finish();
    await done;
  });
});
