export type Log = (line: string) => void;

export const consoleLog: Log = (line) => console.log(line);
