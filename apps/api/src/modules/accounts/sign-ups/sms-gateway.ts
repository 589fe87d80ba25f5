import { maskPhone } from '@shezu/contracts';

/** Where verification texts go: a provider's API in production (阿里云短信, 腾讯云短信 …). */
export interface SmsGateway {
  send(phone: string, text: string): Promise<void>;
}

interface LogSink {
  info(obj: object, msg: string): void;
}

/**
 * The default gateway: writes the text (with the code) to the server log, phone masked, so that a
 * deployment without an SMS contract still works for whoever reads the log.
 */
export class LogSmsGateway implements SmsGateway {
  constructor(private readonly log: LogSink) {}

  async send(phone: string, text: string): Promise<void> {
    this.log.info({ sms: { to: maskPhone(phone), text } }, `SMS to ${maskPhone(phone)}: ${text}`);
  }
}

/** Keeps what was sent, for tests and the browser suite. */
export class MemorySmsGateway implements SmsGateway {
  readonly sent: { phone: string; text: string }[] = [];

  async send(phone: string, text: string): Promise<void> {
    this.sent.push({ phone, text });
  }

  /** The last 6-digit code sent to `phone`. */
  lastCode(phone: string): string | undefined {
    const text = this.sent.filter((m) => m.phone === phone).at(-1)?.text;
    return text?.match(/\d{6}/)?.[0];
  }
}
