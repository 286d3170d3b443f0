// `rapport export --json FILE` (everything you own, to restore elsewhere) and
// `rapport export --vcard FILE` (your people, for an address book). FILE "-" is stdout.
import type { Command } from 'commander';
import { readResponse } from '../api-client';
import { withClient } from '../context';
import { plural } from '../daily-helpers';
import { UsageError } from '../errors';
import { writePrivateFile } from './transfer-files';

interface ExportFlags {
  json?: string;
  vcard?: string;
}

interface ExportDocument {
  data: Record<string, unknown[]>;
}

export function registerExport(program: Command) {
  program
    .command('export')
    .description('take your data out: --json FILE (everything) and/or --vcard FILE (people)')
    .option('--json <file>', 'everything you own as one JSON document, for `rapport restore`')
    .option('--vcard <file>', 'your people as one vCard 4.0 file')
    .addHelpText('after', '\nFILE "-" writes to stdout. Files are created readable by you only.')
    .action(async (flags: ExportFlags, command: Command) => {
      if (!flags.json && !flags.vcard) {
        throw new UsageError('export needs --json FILE or --vcard FILE (or both)');
      }
      if (flags.json === '-' && flags.vcard === '-') {
        throw new UsageError('only one of --json and --vcard can go to stdout');
      }
      const toStdout = flags.json === '-' || flags.vcard === '-';
      const note = (line: string) => process[toStdout ? 'stderr' : 'stdout'].write(`${line}\n`);
      await withClient(command, async (client) => {
        if (flags.json) {
          const document = await client.request<ExportDocument>('GET', '/api/export');
          writePrivateFile(flags.json, `${JSON.stringify(document, null, 2)}\n`);
          if (flags.json !== '-') note(`Wrote ${describe(document)} to ${flags.json}.`);
        }
        if (flags.vcard) {
          const response = await client.send('GET', '/api/export/vcard');
          if (!response.ok) await readResponse(response);
          const vcard = await response.text();
          writePrivateFile(flags.vcard, vcard);
          const count = vcard.match(/^BEGIN:VCARD/gm)?.length ?? 0;
          if (flags.vcard !== '-')
            note(`Wrote ${plural(count, 'person', 'people')} to ${flags.vcard}.`);
        }
      });
    });
}

function describe(document: ExportDocument): string {
  const counts = Object.entries(document.data)
    .filter(([, records]) => records.length > 0)
    .map(([key, records]) => `${records.length} ${key}`);
  return counts.length ? counts.join(', ') : 'an empty account';
}
