import type { EventPublisher, OutboundMessage } from './kafka.port';

interface Pending {
  topic: string;
  messages: OutboundMessage[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers the publishes that arrive while a send is in flight into the next send, so that many concurrent
 * callers (HTTP requests) share one acknowledged `publishMany` instead of queueing one round trip each
 * behind the idempotent producer's single in-flight request. Each caller still resolves only once its
 * own messages are acknowledged (they travel in that send), and rejects with the send's error otherwise.
 * A caller's messages stay in their order; the messages of concurrent callers have no order among them.
 *
 * `lingerMs` (Kafka's `linger.ms`): a send that would start with fewer than `maxMessagesPerSend` messages
 * first waits that long for more callers. At a steady trickle of single-posting requests every send
 * otherwise carries one message, and each send costs the producer and the broker far more than a message.
 */
export class CoalescingPublisher implements EventPublisher {
  private queue: Pending[] = [];
  private sending = false;

  constructor(
    private readonly inner: EventPublisher,
    /** At most this many messages per send (the rest waits for the next one). */
    private readonly maxMessagesPerSend = 2000,
    /** How long a send waits for more callers before it starts (default 0: at once). */
    private readonly lingerMs = 0,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  connect(): Promise<void> {
    return this.inner.connect();
  }

  disconnect(): Promise<void> {
    return this.inner.disconnect();
  }

  publish(topic: string, messages: OutboundMessage[]): Promise<void> {
    if (messages.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ topic, messages, resolve, reject });
      void this.pump();
    });
  }

  async publishMany(batches: ReadonlyArray<{ topic: string; messages: OutboundMessage[] }>): Promise<void> {
    await Promise.all(batches.map((b) => this.publish(b.topic, b.messages)));
  }

  private async pump(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      while (this.queue.length > 0) {
        if (this.lingerMs > 0 && this.queued() < this.maxMessagesPerSend) await this.sleep(this.lingerMs);
        const taken = this.take();
        const byTopic = new Map<string, OutboundMessage[]>();
        for (const p of taken) {
          const list = byTopic.get(p.topic);
          if (list) list.push(...p.messages);
          else byTopic.set(p.topic, [...p.messages]);
        }
        try {
          await this.inner.publishMany([...byTopic].map(([topic, messages]) => ({ topic, messages })));
          for (const p of taken) p.resolve();
        } catch (error) {
          for (const p of taken) p.reject(error);
        }
      }
    } finally {
      this.sending = false;
    }
  }

  private queued(): number {
    return this.queue.reduce((n, p) => n + p.messages.length, 0);
  }

  /** The queued publishes for the next send: whole callers, up to the message cap (at least one caller). */
  private take(): Pending[] {
    let count = 0;
    let n = 0;
    while (n < this.queue.length && (n === 0 || count + this.queue[n].messages.length <= this.maxMessagesPerSend)) {
      count += this.queue[n].messages.length;
      n++;
    }
    return this.queue.splice(0, n);
  }
}
