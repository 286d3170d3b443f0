// A one-line progress bar on stderr for long imports, fed by the import route's progress
// stream. Only drawn when stderr is a terminal, so pipes and logs stay clean.

const WIDTH = 28;
const PHASES: Record<string, string> = { reading: 'reading', writing: 'writing' };

export class ProgressBar {
  private drawn = false;

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {}

  static wanted(text: string): boolean {
    if (!process.stderr.isTTY) return false;
    let lines = 0;
    for (let i = text.indexOf('\n'); i !== -1 && lines < 2000; i = text.indexOf('\n', i + 1)) {
      lines += 1;
    }
    return lines >= 2000 || text.length > 512 * 1024;
  }

  update(phase: string, done: number, total: number) {
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(ratio * WIDTH);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}`;
    const label = (PHASES[phase] ?? phase).padEnd(8);
    const count = `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`;
    this.out.write(
      `\r${label} [${bar}] ${String(Math.round(ratio * 100)).padStart(3)}%  ${count}\x1b[K`,
    );
    this.drawn = true;
  }

  clear() {
    if (this.drawn) this.out.write('\r\x1b[K');
    this.drawn = false;
  }
}
