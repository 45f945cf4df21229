/** Growth of the heap plus buffers outside it while `work` runs, sampled as it goes; a refusal still counts. */
export async function peakGrowth(work: () => Promise<unknown>): Promise<number> {
  const base = process.memoryUsage();
  const used = () => {
    const now = process.memoryUsage();
    return now.heapUsed + now.arrayBuffers - base.heapUsed - base.arrayBuffers;
  };
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, used())), 5);
  try {
    await work().catch(() => undefined);
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, used());
}
