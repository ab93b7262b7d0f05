/**
 * A terminal progress line for the data scripts: redrawn in place on a terminal, one line per
 * tenth otherwise (CI logs, pipes).
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stdout) {
  const number = (n: number) => n.toLocaleString("en-US");
  let lastLine = "";
  let lastTenth = -1;
  return {
    update(done: number, total: number) {
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      const percent = Math.floor(fraction * 100);
      if (stream.isTTY) {
        const filled = Math.round(fraction * 30);
        const line = `[${"#".repeat(filled)}${".".repeat(30 - filled)}] ${String(percent).padStart(3)}%  ${number(done)} / ${number(total)} ${label}`;
        if (line !== lastLine) stream.write(`\r${line}`);
        lastLine = line;
      } else if (Math.floor(percent / 10) > lastTenth) {
        lastTenth = Math.floor(percent / 10);
        stream.write(`${number(done)} / ${number(total)} ${label} (${percent}%)\n`);
      }
    },
    end() {
      if (stream.isTTY && lastLine) stream.write("\n");
    },
  };
}
