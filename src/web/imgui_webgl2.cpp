#include "imgui_webgl2.h"

#include <GLES3/gl3.h>

#include <cstdint>
#include <cstring>

#include "imgui.h"

namespace web::imgui_webgl2 {

namespace {

// Attribute locations, fixed in the shader so that nothing has to be looked up after linking.
enum Attribute : GLuint {
  kPosition = 0,
  kUv = 1,
  kColour = 2,
  // Pixels to clip space: xy scale, zw offset. A constant attribute (its array stays disabled and
  // glVertexAttrib4f sets its value) rather than a uniform, because a uniform's location has to be
  // asked for once the program is linked, and in WebGL that question waits for the GPU process.
  kToClip = 3,
};

constexpr const char* kVertexShader = R"(#version 300 es
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 colour;
layout(location = 3) in vec4 toClip;
out vec2 fragUv;
out vec4 fragColour;
void main() {
  fragUv = uv;
  fragColour = colour;
  gl_Position = vec4(position * toClip.xy + toClip.zw, 0.0, 1.0);
}
)";

// The sampler is left at texture unit 0, its default, so it needs no uniform call either.
constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
in vec2 fragUv;
in vec4 fragColour;
layout(location = 0) out vec4 outColour;
void main() {
  outColour = fragColour * texture(atlas, fragUv);
}
)";

// OpenGL ES 3.0 guarantees textures this large; asking for the real limit would be a read-back.
constexpr int kMaxTextureSize = 2048;

struct State {
  GLuint program = 0;
  GLuint vertexArray = 0;
  GLuint vertexBuffer = 0;
  GLuint indexBuffer = 0;
  GLuint boundTexture = 0;  // what TEXTURE_2D on unit 0 holds, so binds are not repeated
  // The whole frame's vertices and indices, so that each buffer is uploaded with one call.
  ImVector<ImDrawVert> vertices;
  ImVector<ImDrawIdx> indices;
};

State s;

GLuint compile(GLenum type, const char* source) {
  const GLuint shader = glCreateShader(type);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  return shader;
}

void bindTexture(GLuint texture) {
  if (texture == s.boundTexture) return;
  glBindTexture(GL_TEXTURE_2D, texture);
  s.boundTexture = texture;
}

// Points the vertex attributes at the frame's vertex buffer from vertex `first` on: a draw
// list's 16-bit indices count from its own first vertex.
void pointAttributes(unsigned first) {
  const uintptr_t base = static_cast<uintptr_t>(first) * sizeof(ImDrawVert);
  const GLsizei stride = sizeof(ImDrawVert);
  glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(base + offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(kUv, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(base + offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(kColour, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<const void*>(base + offsetof(ImDrawVert, col)));
}

void createTexture(ImTextureData* tex) {
  IM_ASSERT(tex->Format == ImTextureFormat_RGBA32);
  GLuint texture = 0;
  glGenTextures(1, &texture);
  bindTexture(texture);
  // Linear filtering: ImGui samples its baked anti-aliased lines between texels.
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, tex->Width, tex->Height, 0, GL_RGBA, GL_UNSIGNED_BYTE, tex->GetPixels());
  tex->SetTexID(static_cast<ImTextureID>(texture));
  tex->SetStatus(ImTextureStatus_OK);
}

// New glyphs land in parts of the atlas never used before: only those rectangles are sent, read
// straight out of the atlas's pixels (the row length says how far apart its rows are).
void updateTexture(ImTextureData* tex) {
  bindTexture(static_cast<GLuint>(tex->TexID));
  glPixelStorei(GL_UNPACK_ROW_LENGTH, tex->Width);
  for (const ImTextureRect& r : tex->Updates)
    glTexSubImage2D(GL_TEXTURE_2D, 0, r.x, r.y, r.w, r.h, GL_RGBA, GL_UNSIGNED_BYTE, tex->GetPixelsAt(r.x, r.y));
  glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
  tex->SetStatus(ImTextureStatus_OK);
}

void destroyTexture(ImTextureData* tex) {
  const GLuint texture = static_cast<GLuint>(tex->TexID);
  glDeleteTextures(1, &texture);
  if (s.boundTexture == texture) s.boundTexture = 0;
  tex->SetTexID(ImTextureID_Invalid);
  tex->SetStatus(ImTextureStatus_Destroyed);
}

void serviceTextures(ImVector<ImTextureData*>* textures) {
  if (textures == nullptr) return;
  for (ImTextureData* tex : *textures) {
    switch (tex->Status) {
      case ImTextureStatus_WantCreate: createTexture(tex); break;
      case ImTextureStatus_WantUpdates: updateTexture(tex); break;
      // ImGui counts the frames since its last use; one is enough, as WebGL keeps a texture
      // alive for draws already issued.
      case ImTextureStatus_WantDestroy:
        if (tex->UnusedFrames > 0) destroyTexture(tex);
        break;
      default: break;
    }
  }
}

// Gathers every draw list into one vertex and one index array and uploads each with one call.
void uploadGeometry(const ImDrawData* drawData) {
  s.vertices.resize(drawData->TotalVtxCount);
  s.indices.resize(drawData->TotalIdxCount);
  ImDrawVert* vtx = s.vertices.Data;
  ImDrawIdx* idx = s.indices.Data;
  for (const ImDrawList* list : drawData->CmdLists) {
    std::memcpy(vtx, list->VtxBuffer.Data, list->VtxBuffer.size_in_bytes());
    std::memcpy(idx, list->IdxBuffer.Data, list->IdxBuffer.size_in_bytes());
    vtx += list->VtxBuffer.Size;
    idx += list->IdxBuffer.Size;
  }
  glBufferData(GL_ARRAY_BUFFER, s.vertices.size_in_bytes(), s.vertices.Data, GL_STREAM_DRAW);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, s.indices.size_in_bytes(), s.indices.Data, GL_STREAM_DRAW);
}

}  // namespace

void init() {
  ImGuiIO& io = ImGui::GetIO();
  io.BackendRendererName = "ce_webgl2";
  io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures | ImGuiBackendFlags_RendererHasVtxOffset;
  ImGuiPlatformIO& platformIo = ImGui::GetPlatformIO();
  platformIo.Renderer_TextureMaxWidth = platformIo.Renderer_TextureMaxHeight = kMaxTextureSize;

  // Compile and link without asking how it went: the answer would wait for the GPU process on
  // the way to the first frame. programLinked() asks later.
  const GLuint vertexShader = compile(GL_VERTEX_SHADER, kVertexShader);
  const GLuint fragmentShader = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  s.program = glCreateProgram();
  glAttachShader(s.program, vertexShader);
  glAttachShader(s.program, fragmentShader);
  glLinkProgram(s.program);
  glDeleteShader(vertexShader);  // flagged only: they go with the program
  glDeleteShader(fragmentShader);
  glUseProgram(s.program);

  glGenVertexArrays(1, &s.vertexArray);
  glBindVertexArray(s.vertexArray);
  glGenBuffers(1, &s.vertexBuffer);
  glGenBuffers(1, &s.indexBuffer);
  glBindBuffer(GL_ARRAY_BUFFER, s.vertexBuffer);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, s.indexBuffer);  // part of the vertex array's state
  glEnableVertexAttribArray(kPosition);
  glEnableVertexAttribArray(kUv);
  glEnableVertexAttribArray(kColour);

  // The fixed state: straight alpha blending into an opaque canvas, clipping by scissor. Depth,
  // stencil and face culling are off in a new context and nothing here turns them on.
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glEnable(GL_SCISSOR_TEST);
  s.boundTexture = 0;
}

void forgetContext() {
  // The old objects cannot be deleted (they belong to the lost context): only forgotten.
  s.program = s.vertexArray = s.vertexBuffer = s.indexBuffer = s.boundTexture = 0;
  for (ImTextureData* tex : ImGui::GetPlatformIO().Textures) {
    if (tex->Status == ImTextureStatus_Destroyed) continue;
    tex->SetTexID(ImTextureID_Invalid);
    tex->SetStatus(ImTextureStatus_Destroyed);  // ImGui then asks for it to be created again
  }
}

bool programLinked() {
  GLint linked = GL_FALSE;
  glGetProgramiv(s.program, GL_LINK_STATUS, &linked);
  return linked == GL_TRUE;
}

void render(ImDrawData* drawData, const ImVec4& clearColour, int width, int height) {
  if (width <= 0 || height <= 0) return;
  serviceTextures(drawData->Textures);

  glViewport(0, 0, width, height);
  glScissor(0, 0, width, height);  // the clear obeys the scissor too
  glClearColor(clearColour.x, clearColour.y, clearColour.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  if (drawData->TotalIdxCount == 0) return;

  // ImGui's coordinates (DisplayPos at the top left, y down) to clip space (y up).
  const float left = drawData->DisplayPos.x;
  const float right = left + drawData->DisplaySize.x;
  const float top = drawData->DisplayPos.y;
  const float bottom = top + drawData->DisplaySize.y;
  glVertexAttrib4f(kToClip, 2.0f / (right - left), 2.0f / (top - bottom), (right + left) / (left - right),
                   (top + bottom) / (bottom - top));

  uploadGeometry(drawData);

  const ImVec2 clipOrigin = drawData->DisplayPos;
  const ImVec2 clipScale = drawData->FramebufferScale;
  unsigned listFirstVertex = 0;
  unsigned listFirstIndex = 0;
  unsigned pointedAt = ~0u;
  for (const ImDrawList* list : drawData->CmdLists) {
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback != nullptr) {
        // The fixed state never changes, so a request to reset it needs nothing; any other
        // callback must leave the state as it found it.
        if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
        continue;
      }
      // The clip rectangle in device pixels; GL counts rows from the bottom.
      const float minX = (cmd.ClipRect.x - clipOrigin.x) * clipScale.x;
      const float minY = (cmd.ClipRect.y - clipOrigin.y) * clipScale.y;
      const float maxX = (cmd.ClipRect.z - clipOrigin.x) * clipScale.x;
      const float maxY = (cmd.ClipRect.w - clipOrigin.y) * clipScale.y;
      if (maxX <= minX || maxY <= minY) continue;
      glScissor((int)minX, (int)((float)height - maxY), (int)(maxX - minX), (int)(maxY - minY));

      bindTexture(static_cast<GLuint>(cmd.GetTexID()));
      const unsigned firstVertex = listFirstVertex + cmd.VtxOffset;
      if (firstVertex != pointedAt) {
        pointAttributes(firstVertex);
        pointedAt = firstVertex;
      }
      const uintptr_t indexByte = static_cast<uintptr_t>(listFirstIndex + cmd.IdxOffset) * sizeof(ImDrawIdx);
      glDrawElements(GL_TRIANGLES, (GLsizei)cmd.ElemCount, sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                     reinterpret_cast<const void*>(indexByte));
    }
    listFirstVertex += (unsigned)list->VtxBuffer.Size;
    listFirstIndex += (unsigned)list->IdxBuffer.Size;
  }
}

}  // namespace web::imgui_webgl2
