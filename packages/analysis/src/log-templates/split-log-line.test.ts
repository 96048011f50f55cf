import { describe, expect, it } from 'vitest';
import { createLogLineScanner } from './scan-log-line';
import { createLogLineSplitter, splitLogLine } from './split-log-line';

type Row = [
  name: string,
  line: string,
  level: string | null,
  component: string | null,
  content: string,
];

// Made-up lines in the header shapes of common systems (loghub's among them).
const shapes: Row[] = [
  [
    'Apache error log',
    '[Sun Dec 04 04:47:44 2005] [notice] workerEnv.init() ok /etc/x.conf',
    'notice',
    null,
    'workerEnv.init() ok /etc/x.conf',
  ],
  [
    'Apache, bracketed client',
    '[Sun Dec 04 06:19:18 2005] [error] [client 10.0.0.1] Directory index forbidden',
    'error',
    null,
    '[client 10.0.0.1] Directory index forbidden',
  ],
  [
    'BGL',
    '- 1117838570 2005.06.03 R02-M1-N0-C:J12-U11 2005-06-03-15.42.50.675872 R02-M1-N0-C:J12-U11 RAS KERNEL INFO cache parity error corrected',
    'INFO',
    null,
    'cache parity error corrected',
  ],
  [
    'HDFS',
    '081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 terminating',
    'INFO',
    'dfs.DataNode$PacketResponder',
    'PacketResponder 1 terminating',
  ],
  [
    'syslog',
    'Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown',
    null,
    'sshd(pam_unix)[19939]',
    'check pass; user unknown',
  ],
  [
    'syslog, tag with a space',
    'Jun 19 04:08:55 combo syslogd 1.4.1: restart.',
    null,
    '1.4.1',
    'restart.',
  ],
  [
    'OpenStack',
    'nova-api.log.1.2017-05-16_13:53:08 2017-05-16 00:00:00.008 25746 INFO nova.osapi_compute.wsgi.server [req-1 - - - - -] 10.0.0.1 "GET /v2 HTTP/1.1" status: 200',
    'INFO',
    'nova.osapi_compute.wsgi.server',
    '10.0.0.1 "GET /v2 HTTP/1.1" status: 200',
  ],
  [
    'OpenStack, message in brackets',
    '2017-05-16 00:00:04.500 2931 INFO nova.compute.manager [req-2 - - - - -] [instance: 42] VM Started',
    'INFO',
    'nova.compute.manager',
    '[instance: 42] VM Started',
  ],
  [
    'Zookeeper',
    '2015-07-29 17:41:44,747 - INFO  [ProcessThread(sid:1 cport:-1)::PrepRequestProcessor@476] - Got user-level KeeperException',
    'INFO',
    'ProcessThread(sid:1 cport:-1)::PrepRequestProcessor@476',
    'Got user-level KeeperException',
  ],
  [
    'log4j, thread and logger',
    '2015-10-18 18:01:47,978 INFO [main] org.apache.hadoop.mapreduce.v2.app.MRAppMaster: Created MRAppMaster',
    'INFO',
    'org.apache.hadoop.mapreduce.v2.app.MRAppMaster',
    'Created MRAppMaster',
  ],
  [
    'Spark',
    '17/06/09 20:10:40 INFO executor.CoarseGrainedExecutorBackend: Registered signal handlers',
    'INFO',
    'executor.CoarseGrainedExecutorBackend',
    'Registered signal handlers',
  ],
  [
    'Thunderbird, a second timestamp in the header',
    '- 1131566461 2005.11.09 dn228 Nov 9 12:01:01 dn228/dn228 crond(pam_unix)[2915]: session closed for user root',
    null,
    'crond(pam_unix)[2915]',
    'session closed for user root',
  ],
  [
    'capitalised level',
    '2016-09-28 04:30:30, Info CBS Loaded Servicing Stack',
    'Info',
    null,
    'CBS Loaded Servicing Stack',
  ],
  [
    'no timestamp, level first',
    'WARN com.example.Pool - pool exhausted',
    'WARN',
    'com.example.Pool',
    'pool exhausted',
  ],
  [
    'no header at all',
    'java.lang.NullPointerException: boom',
    null,
    null,
    'java.lang.NullPointerException: boom',
  ],
];

describe('createLogLineSplitter', () => {
  const split = createLogLineSplitter({ referenceYear: 2005 });

  it.each(shapes)('splits %s', (_name, line, level, component, content) => {
    const parts = split(line);
    expect({ level: parts.level, component: parts.component, content: parts.content }).toEqual({
      level,
      component,
      content,
    });
    expect(line.slice(parts.contentStart)).toBe(content);
  });

  it('returns the timestamp it stripped', () => {
    const parts = split('081109 203615 148 INFO dfs.DataNode$PacketResponder: done');
    expect(parts.timestamp?.at).toBe('2008-11-09T20:36:15.000Z');
  });

  it('does not take a word in the message for a syslog tag when the line has no timestamp', () => {
    expect(split('Connection closed: reset by peer').content).toBe(
      'Connection closed: reset by peer',
    );
  });
});

describe('splitLogLine', () => {
  it('applies the default zone to the timestamp it returns', () => {
    const parts = splitLogLine('2024-07-01 12:00:00 INFO x.Y: up', {
      defaultZone: 'Europe/Berlin',
    });
    expect(parts.timestamp?.at).toBe('2024-07-01T10:00:00.000Z');
    expect(parts.content).toBe('up');
  });
});

describe('createLogLineScanner', () => {
  const scan = createLogLineScanner({ referenceYear: 2005 });

  it.each(shapes)('finds the header of %s as offsets', (_name, line, level, component, content) => {
    const spans = scan(line);
    const { componentStart, componentEnd } = spans;
    expect({
      level: spans.level,
      component: componentStart < 0 ? null : line.slice(componentStart, componentEnd),
      content: line.slice(spans.contentStart),
    }).toEqual({ level, component, content });
  });

  it('fills one record, which the next line overwrites completely', () => {
    const timed = scan('081109 203615 148 INFO dfs.DataNode$PacketResponder: done');
    expect(timed.timed).toBe(true);
    expect(timed.timestamp).toMatchObject({ epochMs: Date.UTC(2008, 10, 9, 20, 36, 15), end: 13 });
    const untimed = scan('java.lang.NullPointerException: boom');
    expect(untimed).toBe(timed);
    expect(untimed).toMatchObject({ timed: false, level: null, componentStart: -1 });
    expect(untimed.contentStart).toBe(0);
  });

  it('gives the instant the splitter formats, in the default zone', () => {
    const line = '2024-07-01 12:00:00 INFO x.Y: up';
    const spans = createLogLineScanner({ defaultZone: 'Europe/Berlin' })(line);
    const parts = splitLogLine(line, { defaultZone: 'Europe/Berlin' });
    expect(new Date(spans.timestamp.epochMs).toISOString()).toBe(parts.timestamp?.at);
    expect(spans.timestamp.zoneAssumed).toBe(true);
  });
});
