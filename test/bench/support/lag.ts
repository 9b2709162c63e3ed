import { AssignerProtocol, Admin } from 'kafkajs';

/**
 * Messages the consumer group has not committed yet, over the topics its members are assigned (read from the
 * group's description, so the benchmark does not restate which service consumes what). Null while the group has
 * no members (not joined yet, or rebalancing).
 */
export async function groupLag(admin: Admin, groupId: string): Promise<number | null> {
  const [group] = (await admin.describeGroups([groupId])).groups;
  if (!group || group.members.length === 0) return null;
  const topics = new Set<string>();
  for (const member of group.members) {
    const assignment = AssignerProtocol.MemberAssignment.decode(member.memberAssignment);
    for (const topic of Object.keys(assignment?.assignment ?? {})) topics.add(topic);
  }
  let lag = 0;
  const committed = await admin.fetchOffsets({ groupId, topics: [...topics] });
  for (const { topic, partitions } of committed) {
    const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, Number(p.high)]));
    for (const p of partitions) lag += Math.max(0, (ends.get(p.partition) ?? 0) - Math.max(0, Number(p.offset)));
  }
  return lag;
}

/** Messages on a topic, all partitions. */
export async function topicSize(admin: Admin, topic: string): Promise<number> {
  return (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
}
