"""The one craft taxonomy: crafts, materials and the regions a craft is practised in.

Pages (any type, through ``PageCraft``) and products (``Product.crafts``,
``Product.materials``, ``Category.craft``) point at the same rows, so that a
craft page, a catalogue facet and a product all name the same craft.
"""
