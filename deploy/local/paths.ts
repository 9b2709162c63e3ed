import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const localDir = path.join(repoRoot, '.local');

// LOCAL_STATE_DIR puts a second, independent broker and database (data, logs, pid files) elsewhere, e.g. for the
// fault suite or a freshly formatted broker, while the installed broker classpath and FerretDB binary are shared.
const stateDir = process.env.LOCAL_STATE_DIR ? path.resolve(process.env.LOCAL_STATE_DIR) : localDir;

export const paths = {
  kafkaDir: path.join(localDir, 'kafka'),
  kafkaStateDir: path.join(stateDir, 'kafka'),
  kafkaPom: path.join(__dirname, 'kafka', 'pom.xml'),
  ferretDir: path.join(localDir, 'ferretdb'),
  ferretStateDir: path.join(stateDir, 'ferretdb'),
  zipkinDir: path.join(localDir, 'zipkin'),
  binDir: path.join(localDir, 'bin'),
  logsDir: path.join(stateDir, 'logs'),
  installLogsDir: path.join(localDir, 'logs'),
  runDir: path.join(stateDir, 'run'),
};
