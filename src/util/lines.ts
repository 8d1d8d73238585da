// A byte stream read as lines (Docker's event stream is JSON, one object a line): each complete,
// non-blank line is handed on, trimmed; a last line without its newline is not.
export function onLines(stream: NodeJS.ReadableStream, line: (text: string) => void): void {
  let buffered = '';
  stream.on('data', (chunk: Buffer | string) => {
    buffered += chunk.toString();
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const text = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (text !== '') line(text);
    }
  });
}
