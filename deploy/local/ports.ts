export interface LocalPorts {
  kafka: number;
  kafkaController: number;
  mongo: number;
  zipkin: number;
}

function portFromEnv(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${variable}=${raw} is not a TCP port (1-65535)`);
  }
  return port;
}

export function localPorts(): LocalPorts {
  return {
    kafka: portFromEnv('LOCAL_KAFKA_PORT', 9092),
    kafkaController: portFromEnv('LOCAL_KAFKA_CONTROLLER_PORT', 9093),
    mongo: portFromEnv('LOCAL_MONGO_PORT', 27017),
    zipkin: portFromEnv('LOCAL_ZIPKIN_PORT', 9411),
  };
}
