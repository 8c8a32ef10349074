import type { ReactNode } from 'react';
import { WrappedTick } from './WrappedTick';
import { BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** The frame every bar chart here shares: categories by `name`, whole-number axis, grid, tooltip, legend. */
export function BarFrame({ data, height, children }: { data: object[]; height: number; children: ReactNode }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        {/* Every category keeps its label (wrapped to its band), and the axis has room for two lines. */}
        <XAxis dataKey="name" interval={0} tick={<WrappedTick />} height={36} />
        <YAxis allowDecimals={false} width={32} />
        <Tooltip />
        <Legend />
        {children}
      </BarChart>
    </ResponsiveContainer>
  );
}
