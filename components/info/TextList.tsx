type TextListProps = { items: string[]; ordered?: boolean };

export function TextList({ items, ordered = false }: TextListProps) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={`space-y-2 pl-6 ${ordered ? 'list-decimal' : 'list-disc'}`}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </List>
  );
}
