import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const localDir = path.join(repoRoot, '.local');

export const paths = {
  kafkaDir: path.join(localDir, 'kafka'),
  kafkaPom: path.join(__dirname, 'kafka', 'pom.xml'),
  ferretDir: path.join(localDir, 'ferretdb'),
  zipkinDir: path.join(localDir, 'zipkin'),
  binDir: path.join(localDir, 'bin'),
  logsDir: path.join(localDir, 'logs'),
  runDir: path.join(localDir, 'run'),
};
