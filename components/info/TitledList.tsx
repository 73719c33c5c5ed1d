type TitledListProps = { items: { key: string; title: string; text: string }[]; ordered?: boolean };

// Short named points ("Kuota: …"), each with its own bold title; ordered when the order is a path to follow.
export function TitledList({ items, ordered = false }: TitledListProps) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={`space-y-4 pl-6 ${ordered ? 'list-decimal marker:font-bold' : 'list-disc'}`}>
      {items.map((item) => (
        <li key={item.key}>
          <strong className="block">{item.title}</strong>
          {item.text}
        </li>
      ))}
    </List>
  );
}
