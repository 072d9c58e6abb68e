/** The folder of the server bundle `npm start` runs, built first when src/ has changed. */
export function serverBundle(): Promise<string>;
