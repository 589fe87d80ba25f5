import { describe, expect, it } from 'vitest';
import { LogSmsGateway, MemorySmsGateway } from './sms-gateway';

describe('SMS gateways', () => {
  it('the default one writes the text with its code to the server log, phone masked', async () => {
    const lines: { obj: object; msg: string }[] = [];
    await new LogSmsGateway({ info: (obj, msg) => lines.push({ obj, msg }) }).send('13800235678', '验证码123456');
    expect(lines).toEqual([
      { obj: { sms: { to: '138****5678', text: '验证码123456' } }, msg: 'SMS to 138****5678: 验证码123456' },
    ]);
  });

  it('the memory one hands tests the last code per phone', async () => {
    const g = new MemorySmsGateway();
    await g.send('13800000001', '验证码111111');
    await g.send('13800000002', '验证码222222');
    await g.send('13800000001', '验证码333333');
    expect(g.lastCode('13800000001')).toBe('333333');
    expect(g.lastCode('13900000000')).toBeUndefined();
  });
});
