import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root element missing from embed.html');

createRoot(root).render(
  <StrictMode>
    <h1 className="p-2 text-xl font-bold">Amazon&rsquo;s 2023 privacy settlements</h1>
  </StrictMode>,
);
