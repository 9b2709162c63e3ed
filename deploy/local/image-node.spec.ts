import { imageNodeMajor } from './image-node';

describe("the image's Node.js version", () => {
  it("is the runtime stage's, the last `FROM node:` of the Dockerfile", () => {
    const dockerfile = [
      'FROM node:20-bookworm-slim AS deps',
      'FROM deps AS build',
      'FROM node:26-bookworm-slim AS runtime',
    ].join('\n');
    expect(imageNodeMajor(dockerfile)).toBe(26);
  });

  it("is read from the repository's Dockerfile", () => {
    expect(imageNodeMajor()).toBeGreaterThanOrEqual(22);
  });

  it('names the Dockerfile when no stage is a Node image', () => {
    expect(() => imageNodeMajor('FROM debian:bookworm-slim')).toThrow(/Dockerfile/);
  });
});
